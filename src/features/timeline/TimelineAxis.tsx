import { formatTick } from "../../domain/axis-format";
import type { ScaleTime } from "d3-scale";

const AXIS_HEIGHT = 28;

/** Ticks that adapt to the zoom: d3 picks years, months, days or hours to suit the span. */
export function TimelineAxis({
  scale,
  width,
}: {
  scale: ScaleTime<number, number>;
  width: number;
}) {
  const ticks = scale.ticks(Math.max(2, Math.floor(width / 110)));
  return (
    <svg className="axis" width={width} height={AXIS_HEIGHT} aria-hidden="true">
      <line x1={0} x2={width} y1={0.5} y2={0.5} className="axis__domain" />
      {ticks.map((tick) => {
        const x = Math.round(scale(tick)) + 0.5;
        return (
          <g key={tick.getTime()} transform={`translate(${x},0)`}>
            <line y2={6} className="axis__tick" />
            <text y={20} textAnchor={anchorAt(x, width)} className="axis__label">
              {formatTick(tick)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

/** The gridlines behind the markers, at the axis ticks. */
export function TimelineGrid({
  scale,
  width,
  height,
}: {
  scale: ScaleTime<number, number>;
  width: number;
  height: number;
}) {
  const ticks = scale.ticks(Math.max(2, Math.floor(width / 110)));
  return (
    <svg className="grid" width={width} height={height} aria-hidden="true">
      {ticks.map((tick) => {
        const x = Math.round(scale(tick)) + 0.5;
        return (
          <line key={tick.getTime()} x1={x} x2={x} y1={0} y2={height} className="grid__line" />
        );
      })}
    </svg>
  );
}

// Labels near an edge lean inwards instead of being cut in half.
function anchorAt(x: number, width: number): "start" | "middle" | "end" {
  if (x < 30) return "start";
  if (x > width - 30) return "end";
  return "middle";
}
