import { useEffect, useState, type RefObject } from "react";

/**
 * How many items of a long list to draw: `first` (else `step`) at first, `step` more per call of `more`, and
 * `step` again whenever `listKey` changes (another event, another dataset). After `more`, focus
 * moves to the first item it added (items take `tabIndex={-1}` for it), so a keyboard reader
 * carries on where the list grew.
 */
export function useShownCount(
  step: number,
  listKey: unknown,
  listRef: RefObject<HTMLElement | null>,
  /** How many are drawn at first, when not `step`. */
  first = step,
): { limit: number; more: () => void } {
  const [state, setState] = useState({ key: listKey, limit: first, focusAt: -1 });
  // A new list starts short again, in the same render (no flash of the old length).
  const current = state.key === listKey ? state : { key: listKey, limit: first, focusAt: -1 };
  if (current !== state) setState(current);
  useEffect(() => {
    const at = current.focusAt;
    if (at < 0) return;
    const item = listRef.current?.children[at];
    if (!(item instanceof HTMLElement)) return;
    item.focus();
  }, [current.focusAt, listRef]);
  const more = () =>
    setState((was) => ({ key: listKey, limit: was.limit + step, focusAt: was.limit }));
  return { limit: current.limit, more };
}
