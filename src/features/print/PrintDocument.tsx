import { useMemo } from "react";
import type { ShownView } from "../../domain/shown-view";
import { shownSentence } from "../../domain/shown-words";
import type { TimelineImage } from "../../domain/timeline-image";
import { formatCount } from "../../domain/count";
import { PrintEvent } from "./PrintEvent";
import { PRINTED_EVENTS } from "./printed-events";

/**
 * The view as a document, for printing only: the title, what is shown, the timeline as drawn,
 * then every shown event in date order with its quotations and sources. Drawn beside the app,
 * which print media hides while this is there (print.css).
 */
export function PrintDocument({
  shown,
  image,
}: {
  readonly shown: ShownView;
  /** The timeline as drawn (timelineImage), made by whoever prints. */
  readonly image: TimelineImage;
}) {
  const sources = useMemo(
    () => new Map(shown.dataset.sources.map((source) => [source.id, source])),
    [shown.dataset.sources],
  );
  const printed = shown.events.slice(0, PRINTED_EVENTS);
  const more = shown.events.length - printed.length;
  const sentence = shownSentence(shown);
  return (
    <article className="print-document" aria-label="Printed timeline">
      <header className="print-document__header">
        <p className="print-document__brand">Sourceline</p>
        <h1 className="print-document__title">
          <bdi>{shown.dataset.title}</bdi>
        </h1>
        {shown.dataset.description && (
          <p className="print-document__description">{shown.dataset.description}</p>
        )}
        <p className="print-document__shown">{sentence}</p>
        <p className="print-document__address">{shown.address}</p>
      </header>
      <img
        className="print-document__timeline"
        src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(image.svg)}`}
        width={image.width}
        height={image.height}
        alt={`The timeline: ${sentence}`}
      />
      <h2 className="print-document__events-heading">
        {shown.events.length === 0 ? "No events are shown" : "Events, in date order"}
      </h2>
      <ol className="print-document__events">
        {printed.map((event) => (
          <PrintEvent
            key={event.id}
            event={event}
            sources={sources}
            selected={event.id === shown.selectedId}
          />
        ))}
      </ol>
      {more > 0 && (
        <p className="print-document__more">
          And {formatCount(more)} more {more === 1 ? "event" : "events"}, not printed: only the
          first {formatCount(PRINTED_EVENTS)} are. Export the data for all of them.
        </p>
      )}
    </article>
  );
}
