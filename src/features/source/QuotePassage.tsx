import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from "react";
import { isolate } from "../../domain/bidi";
import { countOf } from "../../domain/count";
import type { EventId } from "../../domain/types";
import { useDismiss } from "../../ui/use-dismiss";

interface QuotePassageProps {
  /** The events whose quotations cover these words, the one shown first. */
  readonly events: readonly string[];
  readonly selected: boolean;
  /** The closest words to a quotation, not its words: said so, never passed off as exact. */
  readonly approximate?: boolean;
  readonly titleOf: (eventId: string) => string;
  readonly onSelect: (id: EventId) => void;
  /** The marked words. */
  readonly children: ReactNode;
}

/**
 * A marked passage to choose. Words one event quotes select it; words several events quote
 * open a small menu naming each, rather than always taking the first.
 */
export function QuotePassage(props: QuotePassageProps) {
  const { events, selected, approximate = false, titleOf, onSelect, children } = props;
  const [open, setOpen] = useState(false);
  const rootRef = useRef<HTMLSpanElement>(null);
  const passageRef = useRef<HTMLSpanElement>(null);
  const menuId = useId();
  const shared = events.length > 1;
  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) passageRef.current?.focus();
  };
  useDismiss(open, rootRef, close);

  const choose = () => {
    if (!shared) onSelect(events[0] as EventId);
    else setOpen((was) => !was);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === "Enter" || event.key === " " || (shared && event.key === "ArrowDown")) {
      event.preventDefault();
      choose();
      if (shared) requestAnimationFrame(() => itemAt(rootRef.current, 0)?.focus());
    }
  };
  const onMenuKeyDown = (event: KeyboardEvent) => {
    const items = [...(rootRef.current?.querySelectorAll<HTMLElement>("[role=menuitem]") ?? [])];
    const at = items.indexOf(document.activeElement as HTMLElement);
    const step = event.key === "ArrowDown" ? 1 : event.key === "ArrowUp" ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    items[(at + step + items.length) % items.length]?.focus();
  };
  const titles = events.slice(0, MENU_LISTED).map(titleOf);
  const unlisted = events.length - titles.length;
  const named = titles.slice(0, TITLE_NAMED).map(isolate).join("; ");
  const unnamed = events.length - Math.min(titles.length, TITLE_NAMED);
  return (
    <span className="quote-link__root" ref={rootRef}>
      <span
        ref={passageRef}
        className="quote-link"
        role="button"
        tabIndex={0}
        aria-current={selected ? "true" : undefined}
        aria-haspopup={shared ? "menu" : undefined}
        aria-expanded={shared ? open : undefined}
        aria-controls={shared && open ? menuId : undefined}
        title={`${approximate ? "Approximate match (the source's words differ from the quotation). " : ""}Quoted in: ${named}${unnamed > 0 ? ` and ${countOf(unnamed, "more event", "more events")}` : ""}`}
        onClick={() => {
          // Words selected by dragging across the passage are being chosen, not the event.
          if (!selectsWordsOf(passageRef.current)) choose();
        }}
        onKeyDown={onKeyDown}
      >
        {children}
      </span>
      {open && (
        <span
          className="quote-choice"
          role="menu"
          id={menuId}
          aria-label="Events that quote these words"
          tabIndex={-1}
          onKeyDown={onMenuKeyDown}
        >
          {events.slice(0, MENU_LISTED).map((id, index) => (
            <button
              key={id}
              type="button"
              role="menuitem"
              className="quote-choice__item"
              tabIndex={-1}
              onClick={() => {
                close(false);
                onSelect(id as EventId);
              }}
            >
              <bdi>{titles[index]}</bdi>
            </button>
          ))}
          {unlisted > 0 && (
            <span role="menuitem" aria-disabled="true" className="quote-choice__more" tabIndex={-1}>
              {`${countOf(unlisted, "more event quotes", "more events quote")} these words, not listed`}
            </span>
          )}
        </span>
      )}
    </span>
  );
}

// Words thousands of events quote would open a menu of thousands; the first fifty are a choice.
const MENU_LISTED = 50;
// The tooltip names a few, then counts.
const TITLE_NAMED = 5;

function itemAt(root: HTMLElement | null, index: number): HTMLElement | undefined {
  return root?.querySelectorAll<HTMLElement>("[role=menuitem]")[index];
}

/** Whether the page's selection holds some of this passage's words (a drag, not a click). */
function selectsWordsOf(passage: HTMLElement | null): boolean {
  const selection = document.getSelection();
  if (!passage || !selection || selection.isCollapsed || selection.rangeCount === 0) return false;
  return selection.getRangeAt(0).intersectsNode(passage);
}
