import { useCallback, useEffect, useRef, useState } from "react";
import { useElementHeight } from "../../ui/use-element-size";
import type { EventId, TimelineEvent } from "../../domain/types";
import { EventListItem } from "./EventListItem";
import { useRovingRows } from "./use-roving-rows";
import { contentPx, rowWindow, scrollTopToReveal, type RowSpace } from "./virtual-rows";

interface VirtualEventListProps {
  readonly events: readonly TimelineEvent[];
  readonly selectedId: EventId | undefined;
  readonly onSelect: (id: EventId) => void;
}

const ROW_PX = 56;
const OVERSCAN = 8;
// Before the scroller is measured (and where nothing is laid out, as in jsdom).
const FALLBACK_VIEWPORT_PX = 600;

/**
 * A long list with only the rows in view in the DOM. Each row keeps its place in the whole list
 * (aria-setsize, aria-posinset), so a screen reader still says "item 5,120 of 100,000". The rows
 * are all one height, so where each goes is arithmetic (virtual-rows.ts), with nothing kept per
 * row: a virtualizer's measurements of a million rows held the page for 130 ms and 70 MB.
 */
export default function VirtualEventList({ events, selectedId, onSelect }: VirtualEventListProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const viewportPx = useElementHeight(scrollRef, FALLBACK_VIEWPORT_PX);
  const space: RowSpace = { count: events.length, rowPx: ROW_PX, viewportPx };
  // A shorter list (a filter) starts from its top, as the browser clamps the scroller.
  const shown = rowWindow(space, Math.min(scrollTop, contentPx(space)), OVERSCAN);

  const count = events.length;
  const reveal = useCallback(
    (index: number) => {
      const scroller = scrollRef.current;
      if (!scroller) return;
      const at = { count, rowPx: ROW_PX, viewportPx };
      const next = scrollTopToReveal(at, scroller.scrollTop, index);
      if (next === undefined) return;
      scroller.scrollTop = next;
      setScrollTop(next);
    },
    [count, viewportPx],
  );

  // Keep the selected event's row in view as the selection moves.
  const selectedIndex = selectedId ? events.findIndex((event) => event.id === selectedId) : -1;
  useEffect(() => {
    if (selectedIndex >= 0) reveal(selectedIndex);
  }, [selectedIndex, reveal]);

  const rows = useRovingRows(events.length, selectedIndex, reveal);
  const indices: number[] = [];
  for (let index = shown.first; index <= shown.last; index++) indices.push(index);
  // The list's one Tab stop must be a row that is there: scrolled away from, the first in view.
  const tabbable = indices.includes(rows.tabbable) ? rows.tabbable : indices[0];

  return (
    <div
      ref={scrollRef}
      className="event-list__scroller"
      onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
    >
      <ol
        className="event-list__items event-list__items--virtual"
        style={{ height: contentPx(space) }}
      >
        {indices.map((index) => {
          const event = events[index];
          if (!event) return null;
          return (
            <li
              key={event.id}
              aria-setsize={events.length}
              aria-posinset={index + 1}
              style={{ transform: `translateY(${shown.topOf(index)}px)`, height: ROW_PX }}
            >
              <EventListItem
                event={event}
                selected={event.id === selectedId}
                onSelect={onSelect}
                index={index}
                tabbable={index === tabbable}
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
