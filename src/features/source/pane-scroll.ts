/** The scrolling box's measures, in pixels. */
export interface PaneMetrics {
  readonly scrollTop: number;
  readonly clientHeight: number;
  readonly scrollHeight: number;
}

/** A passage's place inside the pane's content: its top from the content's top, and height. */
export interface PassageBox {
  readonly top: number;
  readonly height: number;
}

const MARGIN_PX = 8;

/**
 * Where the pane should scroll so a passage shows a third of the way down (higher where that
 * would cut it off; a passage taller than the pane starts at its top), or `undefined` when it
 * will be on screen already.
 *
 * `settling` is the top a smooth scroll still in flight is heading for. The passage is judged
 * where that scroll will leave it, not where it is mid-glide: stepping on while the pane glides
 * past the next passage would otherwise leave the glide to carry it out of view.
 */
export function paneScrollTarget(
  pane: PaneMetrics,
  passage: PassageBox,
  settling?: number,
): number | undefined {
  const maxTop = Math.max(pane.scrollHeight - pane.clientHeight, 0);
  const shownTop = clamp(settling ?? pane.scrollTop, 0, maxTop);
  const fits =
    passage.top >= shownTop && passage.top + passage.height <= shownTop + pane.clientHeight;
  if (fits) return undefined;
  const room = pane.clientHeight - passage.height - MARGIN_PX;
  const offset = Math.max(Math.min(pane.clientHeight / 3, room), MARGIN_PX);
  const target = clamp(passage.top - offset, 0, maxTop);
  return Math.abs(target - pane.scrollTop) < 1 && settling === undefined ? undefined : target;
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(Math.max(value, low), high);
}
