/** What the timeline's row count depends on: its own width and the browser window's size. */
export interface RowsInput {
  readonly plotWidth: number;
  readonly viewportWidth: number;
  readonly viewportHeight: number;
}

/** One row's height in px (EventMarker's ROW_HEIGHT). */
export const ROW_PX = 34;
/** Rows of events on a phone, and at most anywhere. */
export const PHONE_ROWS = 6;
export const MAX_ROWS = 8;
const MIN_ROWS = 4;
// Where the page fits the window (styles.css: at least 1000 × 560), what the header, the
// timeline's toolbar, axis and overview, and a readable article pane (~300 px) leave for rows.
const FIT_MIN_WIDTH = 1000;
const FIT_MIN_HEIGHT = 560;
const RESERVED_PX = 510;

/**
 * How many rows of events the timeline draws. Where the page fits the window, the rows give way
 * so the article pane below keeps room to show the selected quotation: 6 rows at 720 px high,
 * 7 at 768, all 8 from 782.
 */
export function timelineRows({ plotWidth, viewportWidth, viewportHeight }: RowsInput): number {
  if (plotWidth < 600) return PHONE_ROWS;
  if (viewportWidth < FIT_MIN_WIDTH || viewportHeight < FIT_MIN_HEIGHT) return MAX_ROWS;
  const fit = Math.floor((viewportHeight - RESERVED_PX) / ROW_PX);
  return Math.min(Math.max(fit, MIN_ROWS), MAX_ROWS);
}
