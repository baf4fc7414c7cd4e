import { useMemo, useRef, type PointerEvent } from "react";
import type { TimelineIndex } from "../../domain/timeline-index";
import { timeScale } from "../../domain/time-scale";
import type { Era, TimeWindow } from "../../domain/types";
import { DensityLayer } from "./DensityLayer";
import { OverviewAxis } from "./OverviewAxis";
import { LazyOverviewEras } from "./lazy-layers";
import { clampWindow, panWindow, type ZoomBounds } from "../../domain/zoom";

interface OverviewProps {
  readonly index: TimelineIndex;
  readonly window: TimeWindow;
  readonly bounds: ZoomBounds;
  readonly width: number;
  /** Named spans, painted faintly under the density. */
  readonly eras: readonly Era[];
  readonly onWindowChange: (window: TimeWindow) => void;
}

type Grip = "move" | "start" | "end";
const HEIGHT = 36;
// A window narrower than this on the strip is drawn this wide, so it stays easy to grab.
const MIN_WINDOW_PX = 16;

/** The whole dataset in one strip, with the visible window marked: drag it to pan, its edges to resize. */
export function Overview(props: OverviewProps) {
  const { index, window, bounds, width, eras, onWindowChange } = props;
  const scale = useMemo(() => timeScale([bounds.min, bounds.max], [0, width]), [bounds, width]);
  const whole = useMemo(() => ({ start: bounds.min, end: bounds.max }), [bounds]);
  const drag = useRef<{ grip: Grip; x: number; window: TimeWindow } | undefined>(undefined);
  const x0 = scale(window.start);
  const x1 = scale(window.end);

  const begin = (grip: Grip, event: PointerEvent<HTMLDivElement>) => {
    event.stopPropagation();
    event.currentTarget.setPointerCapture?.(event.pointerId);
    drag.current = { grip, x: event.clientX, window };
  };
  const move = (event: PointerEvent<HTMLDivElement>) => {
    const current = drag.current;
    if (!current) return;
    const delta = ((event.clientX - current.x) / width) * (bounds.max - bounds.min);
    const w = current.window;
    if (current.grip === "move") onWindowChange(panWindow(w, delta, bounds));
    else if (current.grip === "start")
      onWindowChange(
        clampWindow(
          { start: Math.min(w.start + delta, w.end - bounds.minSpan), end: w.end },
          bounds,
        ),
      );
    else
      onWindowChange(
        clampWindow(
          { start: w.start, end: Math.max(w.end + delta, w.start + bounds.minSpan) },
          bounds,
        ),
      );
  };
  const end = () => {
    drag.current = undefined;
  };
  // A press outside the window centres the window there.
  const jump = (event: PointerEvent<HTMLDivElement>) => {
    const rect = event.currentTarget.getBoundingClientRect();
    const at = scale.invert(event.clientX - rect.left);
    const span = window.end - window.start;
    onWindowChange(clampWindow({ start: at - span / 2, end: at + span / 2 }, bounds));
  };

  return (
    <div className="overview" aria-hidden="true" style={{ height: HEIGHT }} onPointerDown={jump}>
      {eras.length > 0 && (
        <LazyOverviewEras eras={eras} scale={scale} width={width} height={HEIGHT - 12} />
      )}
      <DensityLayer
        index={index}
        window={whole}
        width={width}
        height={HEIGHT - 14}
        className="overview__density"
        ranges
      />
      <OverviewAxis scale={scale} width={width} height={HEIGHT} />
      <div
        className="overview__window"
        style={{
          left: Math.min(x0, width - MIN_WINDOW_PX),
          width: Math.max(x1 - x0, MIN_WINDOW_PX),
        }}
        onPointerDown={(event) => begin("move", event)}
        onPointerMove={move}
        onPointerUp={end}
        onPointerCancel={end}
      >
        <div
          className="overview__grip overview__grip--start"
          onPointerDown={(event) => begin("start", event)}
          onPointerMove={move}
          onPointerUp={end}
        />
        <div
          className="overview__grip overview__grip--end"
          onPointerDown={(event) => begin("end", event)}
          onPointerMove={move}
          onPointerUp={end}
        />
      </div>
    </div>
  );
}
