import type { Era, TimeWindow } from "../../domain/types";

/**
 * The lane the plot keeps above its rows for era labels, so they never sit under markers. Here,
 * not beside EraBands, which loads later: the plot keeps the lane from its first frame.
 */
export const ERA_LANE_PX = 18;

/** An era cut to the plot: its visible extent in px, and which of two tints it takes. */
export interface PlacedEra {
  readonly era: Era;
  /** Its position among all the eras, so its key and tint stay put while panning. */
  readonly index: number;
  readonly x0: number;
  readonly x1: number;
  readonly tint: 1 | 2;
}

/**
 * The eras that overlap `window`, placed by `scale` and clipped to `[0, width]`. `eras` are in
 * start order and `ends` holds each one's exclusive end (`whenEndMs`), index for index.
 */
export function placeEras(
  eras: readonly Era[],
  ends: readonly number[],
  window: TimeWindow,
  scale: (ms: number) => number,
  width: number,
): PlacedEra[] {
  const placed: PlacedEra[] = [];
  for (let index = 0; index < eras.length; index++) {
    const era = eras[index] as Era;
    // In start order, so nothing after this one can reach into the window.
    if (era.start >= window.end) break;
    const end = ends[index] as number;
    if (end <= window.start) continue;
    const x0 = Math.max(scale(era.start), 0);
    const x1 = Math.min(scale(end), width);
    if (x1 > x0) placed.push({ era, index, x0, x1, tint: index % 2 === 0 ? 1 : 2 });
  }
  return placed;
}
