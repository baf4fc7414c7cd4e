import { formatWhen } from "../../domain/dates";
import type { EventId, TimelineEvent } from "../../domain/types";

interface EventListProps {
  readonly events: readonly TimelineEvent[];
  readonly selectedId: EventId | undefined;
  readonly onSelect: (id: EventId) => void;
}

/** The shown events as a list in date order: for reading, for screen readers and the keyboard. */
export function EventList({ events, selectedId, onSelect }: EventListProps) {
  return (
    <section className="event-list" aria-labelledby="event-list-title">
      <h2 id="event-list-title" className="event-list__title">
        Events <span className="event-list__count">({events.length})</span>
      </h2>
      <ol className="event-list__items">
        {events.map((event) => {
          const selected = event.id === selectedId;
          return (
            <li key={event.id}>
              <button
                type="button"
                className={
                  selected ? "event-list__item event-list__item--selected" : "event-list__item"
                }
                aria-current={selected ? "true" : undefined}
                onClick={() => onSelect(event.id)}
              >
                <span className="event-list__date">{formatWhen(event.when)}</span>
                <span className="event-list__name">{event.title}</span>
              </button>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
