import type { Dataset, EventId, TimelineEvent, TimeWindow } from "./types";

/**
 * What the reader sees now, in one value: what the publishing tools (Embed, Publish, Save image)
 * start from, so each works on the view as shown and none re-reads the URL.
 */
export interface ShownView {
  readonly dataset: Dataset;
  /** The `data` parameter's value, or undefined for the built-in dataset. */
  readonly data?: string;
  /** The events shown after filters and search, in date order. */
  readonly events: readonly TimelineEvent[];
  readonly window: TimeWindow;
  readonly selectedId?: EventId;
  readonly countries: readonly string[];
  readonly groups: readonly string[];
  /** The source filter's ids (none: every source). */
  readonly sources?: readonly string[];
  readonly query: string;
  /** This view's own address in the full app (origin, path and query string). */
  readonly address: string;
}
