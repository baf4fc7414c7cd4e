import { useVirtualizer } from "@tanstack/react-virtual";
import { useCallback, useEffect, useRef } from "react";
import type { EventId, TimelineEvent } from "../../domain/types";
import { EventListItem } from "./EventListItem";
import { useRovingRows } from "./use-roving-rows";

interface VirtualEventListProps {
  readonly events: readonly TimelineEvent[];
  readonly selectedId: EventId | undefined;
  readonly onSelect: (id: EventId) => void;
}

const ROW_PX = 56;

/**
 * A long list with only the rows in view in the DOM. Each row keeps its place in the whole list
 * (aria-setsize, aria-posinset), so a screen reader still says "item 5,120 of 100,000".
 */
export default function VirtualEventList({ events, selectedId, onSelect }: VirtualEventListProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // This project does not use the React Compiler, whose memoization the virtualizer defeats.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: events.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_PX,
    overscan: 8,
  });

  // Keep the selected event's row in view as the selection moves.
  const selectedIndex = selectedId ? events.findIndex((event) => event.id === selectedId) : -1;
  useEffect(() => {
    if (selectedIndex >= 0) virtualizer.scrollToIndex(selectedIndex, { align: "auto" });
  }, [selectedIndex, virtualizer]);

  const reveal = useCallback(
    (index: number) => virtualizer.scrollToIndex(index, { align: "auto" }),
    [virtualizer],
  );
  const rows = useRovingRows(events.length, selectedIndex, reveal);
  const rendered = virtualizer.getVirtualItems();
  // The list's one Tab stop must be a row that is there: scrolled away from, the first in view.
  const tabbable = rendered.some((row) => row.index === rows.tabbable)
    ? rows.tabbable
    : rendered[0]?.index;

  return (
    <div ref={scrollRef} className="event-list__scroller">
      <ol
        className="event-list__items event-list__items--virtual"
        style={{ height: virtualizer.getTotalSize() }}
      >
        {rendered.map((row) => {
          const event = events[row.index];
          if (!event) return null;
          return (
            <li
              key={event.id}
              aria-setsize={events.length}
              aria-posinset={row.index + 1}
              style={{ transform: `translateY(${row.start}px)`, height: ROW_PX }}
            >
              <EventListItem
                event={event}
                selected={event.id === selectedId}
                onSelect={onSelect}
                index={row.index}
                tabbable={row.index === tabbable}
                onKeyDown={rows.onKeyDown}
                onFocus={rows.onFocus}
              />
            </li>
          );
        })}
      </ol>
    </div>
  );
}
