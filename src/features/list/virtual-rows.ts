/**
 * Which rows of a long list of equal rows are in view, and where each one goes. A browser stops
 * growing an element somewhere past 16–33 million pixels, short of a million 56-pixel rows, so
 * past MAX_SCROLL_PX the scroller's content is that tall and each of its pixels stands for
 * several of the rows' own: every row stays reachable by scrolling, and scrolls into view exactly.
 */
export const MAX_SCROLL_PX = 8_000_000;

export interface RowSpace {
  readonly count: number;
  readonly rowPx: number;
  /** The scroller's visible height. */
  readonly viewportPx: number;
}

/** How tall the scroller's content is. */
export function contentPx({ count, rowPx }: RowSpace): number {
  return Math.min(count * rowPx, MAX_SCROLL_PX);
}

/** Rows' pixels per scroller pixel: 1 unless the rows are taller than the content may be. */
function scaleOf(space: RowSpace): number {
  const rows = space.count * space.rowPx - space.viewportPx;
  const content = contentPx(space) - space.viewportPx;
  return content > 0 && rows > content ? rows / content : 1;
}

export interface RowWindow {
  /** The first and last rows to render (in view, and `overscan` more each side). */
  readonly first: number;
  readonly last: number;
  /** Where row `index` goes in the scroller's content, in pixels from its top. */
  readonly topOf: (index: number) => number;
}

export function rowWindow(space: RowSpace, scrollTop: number, overscan = 0): RowWindow {
  const { count, rowPx, viewportPx } = space;
  const offset = scrollTop * scaleOf(space);
  const first = Math.max(0, Math.floor(offset / rowPx) - overscan);
  const last = Math.min(count - 1, Math.ceil((offset + viewportPx) / rowPx) - 1 + overscan);
  return { first, last, topOf: (index) => scrollTop + index * rowPx - offset };
}

/**
 * The scroll position that brings row `index` into view with the least movement (none, if it is
 * in view already: undefined).
 */
export function scrollTopToReveal(
  space: RowSpace,
  scrollTop: number,
  index: number,
): number | undefined {
  const { rowPx, viewportPx } = space;
  const scale = scaleOf(space);
  const offset = scrollTop * scale;
  const top = index * rowPx;
  if (top < offset) return top / scale;
  if (top + rowPx > offset + viewportPx) return (top + rowPx - viewportPx) / scale;
  return undefined;
}
