import { useCallback, useRef, useState, type FocusEvent, type KeyboardEvent } from "react";

const ROW_SELECTOR = "[data-row-index]";

/**
 * One tab stop for the whole list (the selected row, or the last one focused, or the first), and
 * ↑/↓ to move between rows: Tab leaves a list of 100,000 events in one step instead of 100,000.
 * `reveal` brings a row that is not rendered (a virtual list's) into the DOM before it is focused.
 */
export function useRovingRows(
  count: number,
  selectedIndex: number,
  reveal?: (index: number) => void,
) {
  const [focused, setFocused] = useState(0);
  // The row a ↑/↓ is taking focus to, until focus gets there.
  const heading = useRef<number | undefined>(undefined);
  const tabbable = selectedIndex >= 0 ? selectedIndex : Math.min(focused, Math.max(count - 1, 0));

  const onFocus = useCallback((event: FocusEvent<HTMLElement>) => {
    const row = (event.target as HTMLElement).closest<HTMLElement>(ROW_SELECTOR);
    if (row) setFocused(Number(row.dataset.rowIndex));
  }, []);

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      const step = event.key === "ArrowDown" ? 1 : event.key === "ArrowUp" ? -1 : 0;
      const row = (event.target as HTMLElement).closest<HTMLElement>(ROW_SELECTOR);
      if (step === 0 || !row || event.altKey || event.ctrlKey || event.metaKey) return;
      // Counted from the row last asked for: keys pressed faster than a virtual list renders
      // each move on from the one before, none is lost.
      const from = heading.current ?? Number(row.dataset.rowIndex);
      const next = from + step;
      if (next < 0 || next >= count) return;
      event.preventDefault();
      const list = row.closest("ol") ?? document;
      heading.current = next;
      setFocused(next);
      reveal?.(next);
      // A virtual list renders the row once it has scrolled there, a frame or a few later.
      const focusRow = (tries: number) => {
        if (heading.current !== next) return;
        const target = list.querySelector<HTMLElement>(`[data-row-index="${next}"]`);
        if (target) {
          heading.current = undefined;
          target.focus();
        } else if (tries > 0) requestAnimationFrame(() => focusRow(tries - 1));
        else heading.current = undefined;
      };
      focusRow(30);
    },
    [count, reveal],
  );

  return { tabbable, onFocus, onKeyDown };
}
