import { useEffect, useMemo, useRef } from "react";
import type {
  DraftDocument,
  DraftEdit,
  DraftEvent,
  DraftProblem,
} from "../../data/draft/draft-document";
import { EventForm } from "../../features/editor/EventForm";
import { actorSuggestionsOf, dateSuggestionsOf, kindsOf } from "./event-from-quote";

interface DraftDetailsProps {
  readonly document: DraftDocument;
  readonly problems: readonly DraftProblem[];
  readonly event: DraftEvent | undefined;
  readonly eventIndex: number;
  readonly onEdit: (edit: DraftEdit, coalesce?: string) => void;
  readonly onShowQuote: (quoteIndex: number) => void;
  /** The event just made from chosen words: its title field takes focus, to name it. */
  readonly madeId?: string;
  /** Opens "Find a passage" (when there is a source to find words in). */
  readonly onFind?: () => void;
}

/** The details column while editing: the chosen event's form, or how to make one. */
export function DraftDetails(props: DraftDetailsProps) {
  const { document, problems, event, eventIndex, onEdit, onShowQuote, madeId, onFind } = props;
  const formRef = useRef<HTMLDivElement>(null);
  // Once per change to the draft: the explorer renders its slots on every frame of a pan too.
  const suggested = useMemo(
    () =>
      event && {
        kinds: kindsOf(document),
        actors: actorSuggestionsOf(document, event),
        dates: dateSuggestionsOf(document, event),
      },
    [document, event],
  );
  const shownId = event?.id;
  useEffect(() => {
    if (shownId === undefined || shownId !== madeId) return;
    const title = formRef.current?.querySelector<HTMLInputElement>("input");
    title?.focus();
    title?.select();
  }, [shownId, madeId]);
  if (!event) {
    return (
      <div className="editor-guide">
        <h2 className="editor-guide__title">Make an event</h2>
        <p>
          Select words in the article and choose “New event from this quote”, or find them by
          typing. Choose an event to edit it.
        </p>
        {onFind && (
          <p>
            <button type="button" className="button button--small" onClick={onFind}>
              Find a passage
            </button>
          </p>
        )}
        {problems.length > 0 && (
          <p>
            {problems.length === 1
              ? "1 problem stops this draft from being exported as a valid file; it is marked beside its field."
              : `${problems.length} problems stop this draft from being exported as a valid file; each is marked beside its field.`}
          </p>
        )}
      </div>
    );
  }
  return (
    <div ref={formRef}>
      <EventForm
        key={event.id}
        event={event}
        eventIndex={eventIndex}
        sources={document.sources}
        problems={problems.filter((p) => p.path.startsWith(`events[${eventIndex}]`))}
        kinds={suggested?.kinds ?? []}
        actorSuggestions={suggested?.actors ?? []}
        dateSuggestions={suggested?.dates ?? []}
        onEdit={onEdit}
        onDelete={() => onEdit({ type: "delete-event", eventId: event.id })}
        onShowQuote={onShowQuote}
      />
    </div>
  );
}
