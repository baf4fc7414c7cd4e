import { useEffect, useRef } from "react";
import { whenEndMs } from "../../domain/dates";
import type { TimeScale } from "../../domain/time-scale";
import type { Era } from "../../domain/types";
import { placeEras } from "./place-eras";
import { sharpCanvas } from "./sharp-canvas";

interface OverviewErasProps {
  readonly eras: readonly Era[];
  readonly scale: TimeScale;
  readonly width: number;
  readonly height: number;
}

const ALPHA = 0.16;

/** The eras as faint bands on the overview strip, painted under its density drawing. */
export function OverviewEras({ eras, scale, width, height }: OverviewErasProps) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  // Repaints only when the eras, the dataset's bounds or the width change, never on a pan.
  useEffect(() => {
    const drawing = sharpCanvas(canvasRef.current, width, height);
    if (!drawing) return;
    const { canvas, context } = drawing;
    const [min, max] = scale.domain();
    const placed = placeEras(eras, eras.map(whenEndMs), { start: min, end: max }, scale, width);
    const style = getComputedStyle(canvas);
    const tints = {
      1: style.getPropertyValue("--era-1").trim() || style.color,
      2: style.getPropertyValue("--era-2").trim() || style.color,
    };
    context.globalAlpha = ALPHA;
    for (const { x0, x1, tint } of placed) {
      context.fillStyle = tints[tint];
      context.fillRect(x0, 0, x1 - x0, height);
    }
    context.globalAlpha = 1;
  }, [eras, scale, width, height]);
  return (
    <canvas
      ref={canvasRef}
      className="overview__eras"
      style={{ width, height }}
      aria-hidden="true"
    />
  );
}
