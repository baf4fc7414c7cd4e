import { Fragment, useEffect, useId, useRef } from "react";
import { basisStatement } from "../../domain/basis";
import { countryName } from "../../domain/countries";
import { formatIsoInstant, formatWhen } from "../../domain/dates";
import type { Source, TimelineEvent } from "../../domain/types";
import { Citation } from "./Citation";
import { QuoteList } from "./QuoteList";
import type { KeptSummary } from "../../domain/remote-summaries";
import { useSummary } from "./use-summary";
import "./details.css";

interface EventDetailsProps {
  readonly event: TimelineEvent;
  readonly sources: readonly Source[];
  /** Set when the filters hide this event, so the reader knows why it is not on the timeline. */
  readonly hiddenByFilters: boolean;
  /** Scrolls the article to one of the event's quotations (see QuoteList). */
  readonly onShowInArticle?: (quoteIndex: number) => void;
  /** Where its summary is, when the reading Worker kept it (a very large dataset's). */
  readonly keptSummary?: KeptSummary;
}

/** The selected event: what happened, when and how we know, who, and the source's own words. */
export function EventDetails({
  event,
  sources,
  hiddenByFilters,
  onShowInArticle,
  keptSummary,
}: EventDetailsProps) {
  const summary = useSummary(event, keptSummary);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const titleId = useId();
  const shownId = useRef(event.id);
  // Where the panes stack (phones), a newly chosen event's details may be far from where it was
  // chosen (the article, the list): bring them into view. Not on first load.
  useEffect(() => {
    if (shownId.current === event.id) return;
    shownId.current = event.id;
    const heading = headingRef.current;
    if (!heading || !window.matchMedia?.("(max-width: 720px)").matches) return;
    const box = heading.getBoundingClientRect();
    if (box.top >= 0 && box.bottom <= window.innerHeight) return;
    const reduce = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    heading.scrollIntoView({ block: "start", behavior: reduce ? "auto" : "smooth" });
  }, [event.id]);

  return (
    <article className="details" aria-labelledby={titleId}>
      <h2 id={titleId} className="details__title" ref={headingRef}>
        <bdi>{event.title}</bdi>
      </h2>
      {hiddenByFilters && (
        <p className="details__hidden" role="status">
          This event does not match the current filters, so the timeline and list do not show it.
        </p>
      )}
      <p className="details__when">
        {/* How the date is known is said once, below, not also as "(inferred)" here. */}
        <time dateTime={formatIsoInstant(event.when.start)}>
          {formatWhen(event.when, { withBasis: false })}
        </time>
        {event.displayDate && (
          <span className="details__display-date">
            {" "}
            (“<bdi>{event.displayDate}</bdi>”)
          </span>
        )}
      </p>
      <dl className="details__facts">
        <dt>Kind</dt>
        <dd>{event.kind.replace(/-/g, " ")}</dd>
        <dt>How we know the date</dt>
        <dd>{basisStatement(event.when)}</dd>
        {event.countries.length > 0 && (
          <>
            <dt>Countries</dt>
            <dd>{event.countries.map((code) => countryName(code) ?? code).join(", ")}</dd>
          </>
        )}
        {event.group && (
          <>
            <dt>Group</dt>
            <dd>
              <bdi>{event.group}</bdi>
            </dd>
          </>
        )}
        {event.actors.length > 0 && (
          <>
            <dt>Actors</dt>
            <dd>
              {event.actors.map((actor, index) => (
                <Fragment key={index}>
                  {index > 0 && ", "}
                  <bdi>{actor}</bdi>
                </Fragment>
              ))}
            </dd>
          </>
        )}
      </dl>
      {summary.status === "shown" && summary.text && (
        <p className="details__summary">{summary.text}</p>
      )}
      {/* Kept by the Worker: a line's worth of space while it comes, so the quotes do not jump. */}
      {summary.status === "loading" && (
        <p className="details__summary details__summary--loading" aria-busy="true">
          Loading the summary…
        </p>
      )}
      {summary.status === "failed" && (
        <p className="details__summary details__summary--failed" role="status">
          {summary.message}
        </p>
      )}
      {event.quotes.length > 0 ? (
        <QuoteList quotes={event.quotes} sources={sources} onShowInArticle={onShowInArticle} />
      ) : (
        <Citation citation={event.citation} />
      )}
    </article>
  );
}
