import { useEffect, useRef, type RefObject } from "react";

/**
 * Closes an open popup when the pointer goes down outside it, or on Escape: pressed anywhere,
 * or only inside it where Escape elsewhere belongs to something else. `onDismiss` learns
 * whether it was Escape (to put focus back on the button that opened it).
 */
export function useDismiss(
  open: boolean,
  rootRef: RefObject<HTMLElement | null>,
  onDismiss: (byEscape: boolean) => void,
  escapeFrom: "anywhere" | "inside" = "anywhere",
) {
  const dismiss = useRef(onDismiss);
  useEffect(() => {
    dismiss.current = onDismiss;
  });
  useEffect(() => {
    if (!open) return;
    const close = (event: Event) => {
      const inside = rootRef.current?.contains(event.target as Node) ?? false;
      if (event instanceof KeyboardEvent) {
        if (event.key !== "Escape" || (escapeFrom === "inside" && !inside)) return;
        dismiss.current(true);
      } else if (!inside) dismiss.current(false);
    };
    document.addEventListener("keydown", close);
    document.addEventListener("pointerdown", close);
    return () => {
      document.removeEventListener("keydown", close);
      document.removeEventListener("pointerdown", close);
    };
  }, [open, rootRef, escapeFrom]);
}
