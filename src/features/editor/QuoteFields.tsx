import { useId, useRef } from "react";
import type {
  DraftEdit,
  DraftEvent,
  DraftProblem,
  DraftSource,
} from "../../data/draft/draft-document";
import { FieldProblem, TextField, messagesOf } from "./FieldProblem";
import { pathOf, problemsAt, problemsUnder } from "./problems-at";

interface QuoteFieldsProps {
  readonly event: DraftEvent;
  readonly sources: readonly DraftSource[];
  readonly problems: readonly DraftProblem[];
  /** The path of the event's quotes in the document, e.g. "events[2].quotes". */
  readonly at: string;
  /** Names to offer for a speaker (the id of a `<datalist>` in the form). */
  readonly speakerList?: string;
  readonly onEdit: (edit: DraftEdit, coalesce?: string) => void;
  readonly onShowQuote?: (quoteIndex: number) => void;
}

/** The event's quotations: each one's words and source, its speaker, and a way to remove it. */
export function QuoteFields({ event, sources, problems, at, ...rest }: QuoteFieldsProps) {
  const { speakerList, onEdit, onShowQuote } = rest;
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  return (
    <section className="quote-fields" aria-labelledby={headingId}>
      <h3 id={headingId} ref={headingRef} tabIndex={-1} className="field__label">
        Quotations
      </h3>
      <FieldProblem id={`${headingId}-problem`} messages={messagesOf(problemsAt(problems, at))} />
      {event.quotes.length === 0 ? (
        <p className="field__hint">
          This event needs a quotation: select its words in the article and add them to it.
        </p>
      ) : (
        <ol className="quote-fields__list">
          {event.quotes.map((quote, index) => {
            const quoteAt = pathOf(at, `[${index}]`);
            const source = sources.find((candidate) => candidate.id === quote.sourceId);
            const speakerAt = pathOf(quoteAt, "speaker");
            const others = problemsUnder(problems, quoteAt).filter(
              ({ path }) => path !== speakerAt,
            );
            return (
              <li key={`${quote.sourceId}:${quote.start}:${quote.end}`} className="quote-field">
                <blockquote className="quote-field__words">
                  <bdi>{quote.exact}</bdi>
                </blockquote>
                <p className="field__hint">
                  From{" "}
                  <bdi>
                    {source
                      ? source.title || source.publisher || "the untitled source"
                      : "a source no longer here"}
                  </bdi>
                </p>
                <FieldProblem id={`${headingId}-${index}-problem`} messages={messagesOf(others)} />
                <TextField
                  label="Speaker"
                  value={quote.speaker ?? ""}
                  list={speakerList}
                  messages={messagesOf(problemsAt(problems, speakerAt))}
                  onChange={(speaker) =>
                    onEdit(
                      {
                        type: "update-quote",
                        eventId: event.id,
                        quoteIndex: index,
                        changes: { speaker },
                      },
                      `event:${event.id}:quote:${index}:speaker`,
                    )
                  }
                />
                <div className="form-actions">
                  {onShowQuote && (
                    <button
                      type="button"
                      className="button button--small"
                      onClick={() => onShowQuote(index)}
                    >
                      Show in the article
                    </button>
                  )}
                  <button
                    type="button"
                    className="button button--small"
                    onClick={() => {
                      // The removed quotation's buttons go with it: keep focus in the list.
                      headingRef.current?.focus();
                      onEdit({ type: "delete-quote", eventId: event.id, quoteIndex: index });
                    }}
                  >
                    Remove quotation
                  </button>
                </div>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
