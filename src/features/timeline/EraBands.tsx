import { memo } from "react";
import type { PlacedEra } from "./place-eras";

/** The lane the plot keeps above its rows for era labels, so they never sit under markers. */
export const ERA_LANE_PX = 18;
// Narrower than this, a label would be an ellipsis and nothing else.
const MIN_LABEL_PX = 24;

/**
 * The eras as full-height tinted bands behind the plot, each titled at its visible left edge.
 * Hidden from assistive technology and the pointer: `EraList` speaks for them.
 */
export const EraBands = memo(function EraBands({ placed }: { placed: readonly PlacedEra[] }) {
  return (
    <div className="eras" aria-hidden="true">
      {placed.map(({ era, index, x0, x1, tint }) => (
        <div key={index} className={`era era--${tint}`} style={{ left: x0, width: x1 - x0 }}>
          {x1 - x0 >= MIN_LABEL_PX && <span className="era__label">{era.title}</span>}
        </div>
      ))}
    </div>
  );
});
