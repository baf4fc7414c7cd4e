import { useRef, type KeyboardEvent } from "react";
import { countOf } from "../../domain/count";

/** One of the selected event's sources, as its tab names it. */
export interface SourceTab {
  readonly id: string;
  readonly publisher: string;
  readonly title: string;
  /** How many of the event's quotations this source holds. */
  readonly quotations: number;
}

interface SourceTabsProps {
  readonly tabs: readonly SourceTab[];
  readonly chosen: string;
  readonly onChoose: (id: string) => void;
  /** The id of the article the tabs switch (their tab panel). */
  readonly panelId: string;
}

/**
 * A tab per source of the selected event, with its publisher and how many of the event's
 * quotations it holds: the WAI-ARIA tabs pattern (one tab in the Tab order, arrows move between
 * them and choose, Home and End go to the ends).
 */
export function SourceTabs({ tabs, chosen, onChoose, panelId }: SourceTabsProps) {
  const listRef = useRef<HTMLDivElement>(null);
  const move = (event: KeyboardEvent, at: number) => {
    const last = tabs.length - 1;
    const to =
      event.key === "ArrowRight"
        ? (at + 1) % tabs.length
        : event.key === "ArrowLeft"
          ? (at + last) % tabs.length
          : event.key === "Home"
            ? 0
            : event.key === "End"
              ? last
              : undefined;
    if (to === undefined) return;
    event.preventDefault();
    const tab = tabs[to] as SourceTab;
    onChoose(tab.id);
    listRef.current?.querySelectorAll<HTMLElement>("[role=tab]")[to]?.focus();
  };
  return (
    <div className="source-tabs" role="tablist" aria-label="The event's sources" ref={listRef}>
      {tabs.map((tab, at) => {
        const selected = tab.id === chosen;
        return (
          <button
            key={tab.id}
            type="button"
            role="tab"
            className="source-tabs__tab"
            aria-selected={selected}
            aria-controls={panelId}
            tabIndex={selected ? 0 : -1}
            title={tab.title}
            onClick={() => onChoose(tab.id)}
            onKeyDown={(event) => move(event, at)}
          >
            <bdi>{tab.publisher}</bdi>{" "}
            <span className="source-tabs__count">
              {countOf(tab.quotations, "quotation", "quotations")}
            </span>
          </button>
        );
      })}
    </div>
  );
}
