import { memo, type FocusEvent, type KeyboardEvent } from "react";
import { formatWhen } from "../../domain/dates";
import type { EventId, TimelineEvent } from "../../domain/types";

interface EventListItemProps {
  readonly event: TimelineEvent;
  readonly selected: boolean;
  readonly onSelect: (id: EventId) => void;
  /** The row's place in the list, for ↑/↓. */
  readonly index: number;
  /** Whether Tab stops here: one row per list. */
  readonly tabbable: boolean;
  readonly onKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
  readonly onFocus: (event: FocusEvent<HTMLElement>) => void;
}

/** One event in the list: its date at its precision, and its title. */
export const EventListItem = memo(function EventListItem({
  event,
  selected,
  onSelect,
  index,
  tabbable,
  onKeyDown,
  onFocus,
}: EventListItemProps) {
  return (
    <button
      type="button"
      data-row-index={index}
      tabIndex={tabbable ? 0 : -1}
      onKeyDown={onKeyDown}
      onFocus={onFocus}
      className={selected ? "event-list__item event-list__item--selected" : "event-list__item"}
      aria-current={selected ? "true" : undefined}
      onClick={() => onSelect(event.id)}
    >
      <span className="event-list__date">{formatWhen(event.when)}</span>
      <bdi className="event-list__name">{event.title}</bdi>
    </button>
  );
});
