import { quoteStatusLabel } from "../../domain/quote-status";
import { basisStatement } from "../../domain/basis";
import { countryName } from "../../domain/countries";
import { formatWhen } from "../../domain/dates";
import type { Source, TimelineEvent } from "../../domain/types";

interface PrintEventProps {
  readonly event: TimelineEvent;
  readonly sources: ReadonlyMap<string, Source>;
  readonly selected: boolean;
}

/** One event on paper: its date as the app shows it, summary, and every quotation with its source. */
export function PrintEvent({ event, sources, selected }: PrintEventProps) {
  const countries = event.countries.map((code) => countryName(code) ?? code).join(", ");
  return (
    <li className={`print-event${selected ? " print-event--selected" : ""}`}>
      <h3 className="print-event__title">
        <bdi>{event.title}</bdi>
        {selected && <span className="print-event__flag"> (selected)</span>}
      </h3>
      <p className="print-event__when">
        {formatWhen(event.when)}
        {event.displayDate && (
          <>
            {" "}
            (“<bdi>{event.displayDate}</bdi>”)
          </>
        )}{" "}
        · {basisStatement(event.when)}
        {countries && <> · {countries}</>}
      </p>
      {event.summary && <p className="print-event__summary">{event.summary}</p>}
      {event.quotes.map((quote, index) => {
        const source = sources.get(quote.sourceId);
        return (
          <figure className="print-quote" key={index}>
            <blockquote className="print-quote__text">{quote.exact}</blockquote>
            <figcaption className="print-quote__source">
              — {quote.speaker ? <bdi>{quote.speaker}</bdi> : "narration"}
              {quote.missing && " (not found in the saved text)"}
              {quote.anchoring && ` (${quoteStatusLabel(quote).toLowerCase()})`}
              {source && <SourceLine source={source} />}
            </figcaption>
          </figure>
        );
      })}
      {event.quotes.length === 0 && event.citation && (
        <p className="print-quote__source">
          Cited, not checked against a source text:{" "}
          {[event.citation.title, event.citation.credit, event.citation.url]
            .filter(Boolean)
            .join(" · ")}
        </p>
      )}
    </li>
  );
}

function SourceLine({ source }: { readonly source: Source }) {
  return (
    <>
      {", "}
      {source.publisher && <bdi>{source.publisher}</bdi>}
      {source.publisher && source.title && ", "}
      {source.title && (
        <cite>
          “<bdi>{source.title}</bdi>”
        </cite>
      )}
      {source.publishedAt && `, ${source.publishedAt}`}
      {source.url && <span className="print-quote__url">{source.url}</span>}
      {source.archiveUrl && (
        <span className="print-quote__url">Archived copy: {source.archiveUrl}</span>
      )}
    </>
  );
}
