import type { AxisTick, TimeScale } from "../../domain/time-scale";

const AXIS_HEIGHT = 28;
// About the width of a character of a 12px label, and the least room between two labels.
const CHAR_PX = 7;
const LABEL_GAP_PX = 4;

/** Ticks that adapt to the zoom: hours, days, months, years, or billions of years. */
export function TimelineAxis({ scale, width }: { scale: TimeScale; width: number }) {
  const ticks = placeLabels(scale.ticks(Math.max(2, Math.floor(width / 110))), scale, width);
  return (
    <svg className="axis" width={width} height={AXIS_HEIGHT} aria-hidden="true">
      <line x1={0} x2={width} y1={0.5} y2={0.5} className="axis__domain" />
      {ticks.map(({ ms, x, anchor, label }) => (
        <g key={ms} transform={`translate(${x},0)`}>
          <line y2={6} className="axis__tick" />
          {label && (
            <text y={20} textAnchor={anchor} className="axis__label">
              {label}
            </text>
          )}
        </g>
      ))}
    </svg>
  );
}

type Anchor = "start" | "middle" | "end";

/**
 * Each tick's position and label anchor. A label that would run into the one before it (a long
 * "4.61 billion years ago" pushed inwards at an edge) is left out; its tick stays.
 */
function placeLabels(ticks: readonly AxisTick[], scale: TimeScale, width: number) {
  let taken = -Infinity;
  return ticks.map(({ ms, label }) => {
    const x = Math.round(scale(ms)) + 0.5;
    const anchor = anchorAt(x, width);
    const text = label.length * CHAR_PX;
    const left = anchor === "start" ? x : anchor === "end" ? x - text : x - text / 2;
    const fits = left >= taken;
    if (fits) taken = left + text + LABEL_GAP_PX;
    return { ms, x, anchor, label: fits ? label : "" };
  });
}

/** The gridlines behind the markers, at the axis ticks. */
export function TimelineGrid({
  scale,
  width,
  height,
}: {
  scale: TimeScale;
  width: number;
  height: number;
}) {
  const ticks = scale.ticks(Math.max(2, Math.floor(width / 110)));
  return (
    <svg className="grid" width={width} height={height} aria-hidden="true">
      {ticks.map((tick) => {
        const x = Math.round(scale(tick.ms)) + 0.5;
        return <line key={tick.ms} x1={x} x2={x} y1={0} y2={height} className="grid__line" />;
      })}
    </svg>
  );
}

// Labels near an edge lean inwards instead of being cut in half.
function anchorAt(x: number, width: number): Anchor {
  if (x < 30) return "start";
  if (x > width - 30) return "end";
  return "middle";
}
