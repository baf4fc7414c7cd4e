import { useEffect, useRef, type RefObject } from "react";

const FOCUSABLE = "button:not([disabled]), [href], input:not([disabled]), [tabindex='0']";

/**
 * While `open`, keeps keyboard focus inside `rootRef`: focus moves to its first control when it
 * opens, Tab and Shift+Tab wrap around its ends, and Escape calls `onEscape`, which should close
 * it and put focus back where it came from (the hook cannot know where that is).
 */
export function useFocusTrap(
  open: boolean,
  rootRef: RefObject<HTMLElement | null>,
  onEscape: () => void,
) {
  const escape = useRef(onEscape);
  useEffect(() => {
    escape.current = onEscape;
  });
  useEffect(() => {
    const root = rootRef.current;
    if (!open || !root) return;
    const controls = () => Array.from(root.querySelectorAll<HTMLElement>(FOCUSABLE));
    (controls()[0] ?? root).focus();
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === "Escape") {
        escape.current();
        return;
      }
      if (event.key !== "Tab") return;
      const all = controls();
      const first = all[0];
      const last = all[all.length - 1];
      if (!first || !last) {
        event.preventDefault();
        return;
      }
      const active = document.activeElement;
      // Focus that got out (a click on the page) is brought back in at the near end.
      const outside = !root.contains(active);
      if (event.shiftKey && (active === first || outside)) {
        event.preventDefault();
        last.focus();
      } else if (!event.shiftKey && (active === last || outside)) {
        event.preventDefault();
        first.focus();
      }
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [open, rootRef]);
}
