import { Fragment } from "react";
import { formatAtPrecision, formatWhen } from "../../domain/dates";
import { timeSlices, type TimelineIndex, type TimeSlice } from "../../domain/timeline-index";
import { countOf, formatCount } from "../../domain/count";
import type { Precision, TimeWindow } from "../../domain/types";
import { ROW_HEIGHT } from "./EventMarker";

interface DensityBucketsProps {
  readonly index: TimelineIndex;
  readonly window: TimeWindow;
  readonly width: number;
  readonly row: number;
  readonly onZoom: (window: TimeWindow) => void;
}

const BUCKET_PX = 80;

/**
 * Where events are too many to draw one by one: a counted button per slice of time that zooms
 * into it, centred on a bracket across its slice so each count is seen to belong to its bars.
 */
export function DensityBuckets({ index, window, width, row, onZoom }: DensityBucketsProps) {
  const duration = window.end - window.start;
  // A whole number of ms: a pan leaves it unchanged, so the slices stay on the same grid.
  const length = Math.max(1, Math.round(duration / Math.max(1, Math.floor(width / BUCKET_PX))));
  const precision = length > 300 * 86_400_000 ? "year" : length > 20 * 86_400_000 ? "month" : "day";
  const toX = (time: number) =>
    Math.min(Math.max(((time - window.start) / duration) * width, 0), width);
  return timeSlices(index, window, length).map((slice) => {
    // Of a slice cut by the plot's edge, the part in view.
    const x0 = toX(slice.start);
    const x1 = toX(slice.end);
    const label = `${countOf(slice.count, "event", "events")}, ${datesOf(index, slice, precision)}: zoom in`;
    const top = row * ROW_HEIGHT;
    // Keyed by the time it stands for, so a pan keeps the same element, and focus on it.
    return (
      <Fragment key={slice.start}>
        <span
          className="density-slice"
          aria-hidden="true"
          style={{ left: x0, width: x1 - x0, top }}
        />
        <button
          type="button"
          className="marker marker--cluster marker--bucket"
          style={{ left: (x0 + x1) / 2, top }}
          aria-label={label}
          title={label}
          onClick={() => onZoom({ start: slice.start - length / 2, end: slice.end + length / 2 })}
        >
          {formatCount(slice.count)}
        </button>
      </Fragment>
    );
  });
}

/**
 * The dates a slice's events start on, not its edges, which fall mid-day: a slice from 4 March,
 * 18:00 to 5 March, 14:00 holds 5 March's events, and says so ("4–5 Aug 2021" for several).
 */
function datesOf(index: TimelineIndex, slice: TimeSlice, precision: Precision): string {
  const start = index.starts[slice.first] as number;
  const end = index.starts[slice.first + slice.count - 1] as number;
  const same = formatAtPrecision(start, precision) === formatAtPrecision(end, precision);
  return formatWhen({
    start,
    ...(same ? {} : { end }),
    precision,
    approximate: false,
    basis: "explicit",
    note: "",
  });
}
