import { memo } from "react";
import { countOf } from "../../domain/count";
import type { PlacedEra } from "./place-eras";

// Narrower than this, a label would be an ellipsis and nothing else.
const MIN_LABEL_PX = 24;
/**
 * Past this many eras in view, bands would be slivers too thin to tell apart, and 100,000 of
 * them froze the page for half a minute: the lane says how many there are instead.
 */
export const MAX_ERA_BANDS = 200;

/**
 * The eras as full-height tinted bands behind the plot, each titled at its visible left edge.
 * Hidden from assistive technology and the pointer: `EraList` speaks for them.
 */
export const EraBands = memo(function EraBands({ placed }: { placed: readonly PlacedEra[] }) {
  if (placed.length > MAX_ERA_BANDS) {
    return (
      <div className="eras" aria-hidden="true">
        <span className="era__label eras__crowded">
          {`${countOf(placed.length, "era", "eras")} in view: zoom in to tell them apart`}
        </span>
      </div>
    );
  }
  return (
    <div className="eras" aria-hidden="true">
      {placed.map(({ era, index, x0, x1, tint }) => (
        <div key={index} className={`era era--${tint}`} style={{ left: x0, width: x1 - x0 }}>
          {x1 - x0 >= MIN_LABEL_PX && <bdi className="era__label">{era.title}</bdi>}
        </div>
      ))}
    </div>
  );
});
