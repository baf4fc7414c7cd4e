import { useEffect, useId, useMemo, useRef } from "react";
import { formatCount } from "../domain/count";
import { formatAtPrecision } from "../domain/dates";
import { timeScale } from "../domain/time-scale";
import type { Precision } from "../domain/types";
import { DensityLayer } from "../features/timeline/DensityLayer";
import { OverviewAxis } from "../features/timeline/OverviewAxis";
import { useElementWidth } from "../ui/use-element-size";
import { markFirstPaint } from "./first-paint";

const HEIGHT = 48;
const DAY_MS = 86_400_000;
const NO_LONG_EVENTS: readonly number[] = [];

/**
 * While a large dataset is checked and built, when its events happen: how many start under each
 * couple of pixels, drawn as the overview will draw them, with the span and the count in words.
 * Loaded only for such a dataset.
 */
export default function StartsPreview({
  starts,
  soFar,
}: {
  starts: Float64Array;
  /** Of the rows read so far (a streamed export), with more to come. */
  soFar: boolean;
}) {
  const ref = useRef<HTMLElement>(null);
  const width = useElementWidth(ref, 480);
  const first = starts[0] ?? 0;
  const last = starts[starts.length - 1] ?? first;
  // One day either side, so a dataset of one day still has a span to draw in.
  const span = useMemo(() => ({ start: first - DAY_MS, end: last + DAY_MS }), [first, last]);
  const index = useMemo(() => ({ starts, ends: starts, long: NO_LONG_EVENTS }), [starts]);
  const scale = timeScale([span.start, span.end], [0, width]);
  useEffect(markFirstPaint, []);
  const precision = precisionFor(last - first);
  const caption = useId();
  return (
    <figure className="starts-preview" ref={ref} aria-labelledby={caption}>
      <div className="starts-preview__strip" style={{ height: HEIGHT }} aria-hidden="true">
        <DensityLayer
          index={index}
          window={span}
          width={width}
          height={HEIGHT - 14}
          className="overview__density"
        />
        <OverviewAxis scale={scale} width={width} height={HEIGHT} />
      </div>
      <figcaption id={caption}>
        {formatCount(starts.length)} events{soFar ? " so far" : ""}, from{" "}
        {formatAtPrecision(first, precision)} to {formatAtPrecision(last, precision)}
      </figcaption>
    </figure>
  );
}

// A span of decades is read in years, of months in months; a few weeks need their days.
function precisionFor(spanMs: number): Precision {
  if (spanMs > 3 * 365 * DAY_MS) return "year";
  if (spanMs > 90 * DAY_MS) return "month";
  return "day";
}
