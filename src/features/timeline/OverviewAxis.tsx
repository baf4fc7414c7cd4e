import type { TimeScale } from "../../domain/time-scale";

// About one label per 90 px: year labels ("2021") and short dates fit with room between them.
const LABEL_SPACING_PX = 90;

/**
 * The year (or month, day) labels along the foot of an overview strip: the overview's own, and
 * the loading screen's preview of a large dataset, which draws its events as the overview will.
 */
export function OverviewAxis({
  scale,
  width,
  height,
}: {
  scale: TimeScale;
  width: number;
  height: number;
}) {
  const ticks = scale.ticks(Math.max(2, Math.floor(width / LABEL_SPACING_PX)));
  return (
    <svg width={width} height={height} className="overview__axis">
      {ticks.map((tick) => (
        <text key={tick.ms} x={scale(tick.ms) + 3} y={height - 4} className="overview__label">
          {tick.label}
        </text>
      ))}
    </svg>
  );
}
