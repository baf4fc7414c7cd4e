import { useEffect, useRef, type RefObject } from "react";
import { selectionOffsets } from "./selection-offsets";

/** Words chosen in the article: raw source offsets and where on screen they are. */
export interface TextSelection {
  readonly start: number;
  readonly end: number;
  readonly rect: { top: number; left: number; bottom: number; right: number };
}

/**
 * Reports the words the reader selects inside `root` (undefined when the selection is cleared
 * or leaves it), at most once a frame: `selectionchange` fires for every step of a drag.
 * Listens only while `onTextSelected` is given.
 */
export function useTextSelection(
  root: RefObject<HTMLElement | null>,
  onTextSelected: ((selection: TextSelection | undefined) => void) | undefined,
): void {
  const report = useRef(onTextSelected);
  useEffect(() => {
    report.current = onTextSelected;
  });
  const listening = onTextSelected !== undefined;
  useEffect(() => {
    if (!listening) return;
    let frame: number | undefined;
    // Nothing is said twice: a cleared selection is reported once, not on every click.
    let reported = false;
    const read = () => {
      frame = undefined;
      const chosen = chosenIn(root.current);
      if (!chosen && !reported) return;
      reported = chosen !== undefined;
      report.current?.(chosen);
    };
    const changed = () => {
      if (frame === undefined) frame = requestAnimationFrame(read);
    };
    document.addEventListener("selectionchange", changed);
    return () => {
      document.removeEventListener("selectionchange", changed);
      if (frame !== undefined) cancelAnimationFrame(frame);
    };
  }, [listening, root]);
}

function chosenIn(root: HTMLElement | null): TextSelection | undefined {
  const selection = document.getSelection();
  if (!root || !selection || selection.rangeCount === 0 || selection.isCollapsed) return undefined;
  const range = selection.getRangeAt(0);
  if (!range.intersectsNode(root)) return undefined;
  const offsets = selectionOffsets(selection, root);
  if (!offsets || offsets.start === offsets.end) return undefined;
  return { ...offsets, rect: rectOf(range, root) };
}

/** The selection's box on screen (the pane's, where the browser cannot measure a range). */
function rectOf(range: Range, root: HTMLElement): TextSelection["rect"] {
  const box =
    typeof range.getBoundingClientRect === "function"
      ? range.getBoundingClientRect()
      : root.getBoundingClientRect();
  return { top: box.top, left: box.left, bottom: box.bottom, right: box.right };
}
