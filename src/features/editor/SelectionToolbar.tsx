import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from "react";
import { addToEventLabel, excerptOf } from "./quote-actions";
import { placeToolbar, type ScreenRect, type ToolbarPlacement } from "./toolbar-placement";
import "./editor.css";

interface SelectionToolbarProps {
  /** The selected words' box on screen (their bounding client rect). */
  readonly rect: ScreenRect;
  /** The selected words, read out when the toolbar appears. */
  readonly excerpt: string;
  /** The event being edited, if one is: the toolbar then offers to add the quote to it. */
  readonly selectedEventTitle?: string;
  readonly onNewEvent: () => void;
  readonly onAddToEvent?: () => void;
  readonly onDismiss: () => void;
}

/**
 * The actions for words selected in the article, floating just above them. For keyboard users
 * it comes right after the article in the tab order (render it there), and a polite status
 * says so when it appears; Escape dismisses it and puts focus back where it came from.
 */
export function SelectionToolbar({
  rect,
  excerpt,
  selectedEventTitle,
  onNewEvent,
  onAddToEvent,
  onDismiss,
}: SelectionToolbarProps) {
  const toolbarRef = useRef<HTMLDivElement>(null);
  const cameFrom = useRef<HTMLElement | null>(null);
  const [placement, setPlacement] = useState<ToolbarPlacement | undefined>(undefined);
  const { top, left, bottom, right } = rect;

  // Measured before paint, so the toolbar never shows where it does not belong.
  useLayoutEffect(() => {
    const toolbar = toolbarRef.current;
    if (!toolbar) return;
    const size = { width: toolbar.offsetWidth, height: toolbar.offsetHeight };
    const viewport = {
      width: document.documentElement.clientWidth || window.innerWidth,
      height: document.documentElement.clientHeight || window.innerHeight,
    };
    setPlacement(placeToolbar({ top, left, bottom, right }, size, viewport));
  }, [top, left, bottom, right, selectedEventTitle]);

  // Escape outside the toolbar (in the article, say) dismisses it too, leaving focus alone.
  const dismiss = useRef(onDismiss);
  useEffect(() => {
    dismiss.current = onDismiss;
  });
  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (event.key !== "Escape" || event.defaultPrevented) return;
      if (toolbarRef.current?.contains(event.target as Node)) return;
      dismiss.current();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);

  const onKeyDown = (event: KeyboardEvent) => {
    const buttons = [...(toolbarRef.current?.querySelectorAll<HTMLElement>("button") ?? [])];
    const at = buttons.indexOf(document.activeElement as HTMLElement);
    if (event.key === "Escape") {
      event.preventDefault();
      const back = cameFrom.current;
      onDismiss();
      back?.focus();
      return;
    }
    const next =
      event.key === "ArrowRight" ? at + 1 : event.key === "ArrowLeft" ? at - 1 : undefined;
    const target =
      event.key === "Home"
        ? buttons[0]
        : event.key === "End"
          ? buttons.at(-1)
          : next === undefined
            ? undefined
            : buttons[(next + buttons.length) % buttons.length];
    if (!target) return;
    event.preventDefault();
    target.focus();
  };

  const add = selectedEventTitle && onAddToEvent ? addToEventLabel(selectedEventTitle) : undefined;
  return (
    <>
      <p className="visually-hidden" role="status">
        {`Words selected: “${excerptOf(excerpt)}”. Their actions follow the article: press Tab.`}
      </p>
      <div
        ref={toolbarRef}
        className={`selection-toolbar selection-toolbar--${placement?.side ?? "above"}`}
        role="toolbar"
        aria-label="Selected words"
        style={
          placement
            ? { top: placement.top, left: placement.left }
            : { top: top, left: left, visibility: "hidden" }
        }
        onKeyDown={onKeyDown}
        onFocus={(event) => {
          // Where focus was before it came in: Escape sends it back there.
          const from = event.relatedTarget;
          if (from instanceof HTMLElement && !toolbarRef.current?.contains(from)) {
            cameFrom.current = from;
          }
        }}
        // A press on a button must not clear the selection it acts on.
        onMouseDown={(event) => event.preventDefault()}
      >
        <button type="button" className="button button--small button--primary" onClick={onNewEvent}>
          New event from this quote
        </button>
        {add && (
          <button
            type="button"
            className="button button--small"
            aria-label={add.name}
            onClick={onAddToEvent}
          >
            {add.shown}
          </button>
        )}
      </div>
    </>
  );
}
