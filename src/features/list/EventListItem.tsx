import { memo } from "react";
import { formatWhen } from "../../domain/dates";
import type { EventId, TimelineEvent } from "../../domain/types";

interface EventListItemProps {
  readonly event: TimelineEvent;
  readonly selected: boolean;
  readonly onSelect: (id: EventId) => void;
}

/** One event in the list: its date at its precision, and its title. */
export const EventListItem = memo(function EventListItem({
  event,
  selected,
  onSelect,
}: EventListItemProps) {
  return (
    <button
      type="button"
      className={selected ? "event-list__item event-list__item--selected" : "event-list__item"}
      aria-current={selected ? "true" : undefined}
      onClick={() => onSelect(event.id)}
    >
      <span className="event-list__date">{formatWhen(event.when)}</span>
      <span className="event-list__name">{event.title}</span>
    </button>
  );
});
