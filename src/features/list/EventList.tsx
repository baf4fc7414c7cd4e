import { lazy, memo, Suspense, useId } from "react";
import type { EventId, TimelineEvent } from "../../domain/types";
import { EventListItem } from "./EventListItem";
import { useRovingRows } from "./use-roving-rows";
import { formatCount } from "../../domain/count";

interface EventListProps {
  readonly events: readonly TimelineEvent[];
  readonly selectedId: EventId | undefined;
  readonly onSelect: (id: EventId) => void;
}

// Past this many events only the rows in view are rendered; the virtualizer loads only then.
const PLAIN_LIMIT = 200;
const VirtualEventList = lazy(() => import("./VirtualEventList"));

/** The shown events as a list in date order: for reading, for screen readers and the keyboard. */
export const EventList = memo(function EventList({ events, selectedId, onSelect }: EventListProps) {
  const titleId = useId();
  return (
    <section className="event-list" aria-labelledby={titleId}>
      <h2 id={titleId} className="event-list__title">
        Events <span className="event-list__count">({formatCount(events.length)})</span>
      </h2>
      {events.length > PLAIN_LIMIT ? (
        <Suspense fallback={<p className="event-list__loading">Loading the list…</p>}>
          <VirtualEventList events={events} selectedId={selectedId} onSelect={onSelect} />
        </Suspense>
      ) : (
        <PlainEventList events={events} selectedId={selectedId} onSelect={onSelect} />
      )}
    </section>
  );
});

function PlainEventList({ events, selectedId, onSelect }: EventListProps) {
  const selectedIndex = selectedId ? events.findIndex((event) => event.id === selectedId) : -1;
  const rows = useRovingRows(events.length, selectedIndex);
  return (
    <ol className="event-list__items">
      {events.map((event, index) => (
        <li key={event.id}>
          <EventListItem
            event={event}
            selected={event.id === selectedId}
            onSelect={onSelect}
            index={index}
            tabbable={index === rows.tabbable}
            onKeyDown={rows.onKeyDown}
            onFocus={rows.onFocus}
          />
        </li>
      ))}
    </ol>
  );
}
