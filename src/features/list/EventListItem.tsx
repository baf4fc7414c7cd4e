import { memo, type FocusEvent, type KeyboardEvent } from "react";
import { formatWhen } from "../../domain/dates";
import { manySourcesNote } from "../../domain/event-sources";
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

/** One event in the list: its date at its precision, its title, and its sources if several. */
export const EventListItem = memo(function EventListItem({
  event,
  selected,
  onSelect,
  index,
  tabbable,
  onKeyDown,
  onFocus,
}: EventListItemProps) {
  // An event told by several sources says how many: what a fact-checker compares first.
  const sources = manySourcesNote(event);
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
      {/* Spaces between the parts, so that the row's name reads "3 Mar 2031 Dock workers…". */}
      <span className="event-list__date">{formatWhen(event.when)}</span>{" "}
      <bdi className="event-list__name">{event.title}</bdi>
      {sources && (
        <>
          {" "}
          <span className="event-list__sources">{sources}</span>
        </>
      )}
    </button>
  );
});
