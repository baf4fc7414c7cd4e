import { useEffect, useRef } from "react";
import { columnCounts, type TimelineIndex } from "../../domain/timeline-index";
import type { TimeWindow } from "../../domain/types";
import { sharpCanvas } from "./sharp-canvas";

interface DensityLayerProps {
  /** The start times it counts, and the long events' spans it draws along the top. */
  readonly index: Pick<TimelineIndex, "starts" | "ends" | "long">;
  readonly window: TimeWindow;
  readonly width: number;
  readonly height: number;
  /** Drawn as a thin strip (the overview) or as the plot's dense background. */
  readonly className: string;
  /** Also draw the long events as bars along the top (for the overview). */
  readonly ranges?: boolean;
}

const COLUMN_PX = 2;
const RANGE_PX = 4;

/**
 * How many events start under each couple of pixels, drawn on a canvas: the layer for more events
 * than the DOM can hold. Bar heights grow with the square root of the count, so one busy day
 * does not flatten the rest.
 */
export function DensityLayer(props: DensityLayerProps) {
  const { index, window, width, height, className, ranges = false } = props;
  const canvasRef = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const drawing = sharpCanvas(canvasRef.current, width, height);
    if (!drawing) return;
    const { canvas, context } = drawing;
    const columns = Math.floor(width / COLUMN_PX);
    const counts = columnCounts(index, window, columns);
    let max = 0;
    for (const count of counts) max = Math.max(max, count);
    context.fillStyle = getComputedStyle(canvas).color;
    const top = ranges ? RANGE_PX + 2 : 0;
    counts.forEach((count, column) => {
      if (count === 0) return;
      const bar = Math.max(2, Math.sqrt(count / max) * (height - top));
      context.fillRect(column * COLUMN_PX, height - bar, COLUMN_PX, bar);
    });
    if (!ranges) return;
    const toX = (time: number) => ((time - window.start) / (window.end - window.start)) * width;
    context.globalAlpha = 0.6;
    for (const i of index.long) {
      const x0 = toX(index.starts[i] as number);
      context.fillRect(x0, 0, Math.max(toX(index.ends[i] as number) - x0, 1), RANGE_PX);
    }
    context.globalAlpha = 1;
  }, [index, window, width, height, ranges]);
  return (
    <canvas ref={canvasRef} className={className} style={{ width, height }} aria-hidden="true" />
  );
}
