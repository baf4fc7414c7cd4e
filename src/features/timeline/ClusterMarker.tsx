import type { PlacedCluster } from "../../domain/layout";
import { ROW_HEIGHT } from "./EventMarker";

/** Events that did not fit their rows, counted; choosing it zooms in until they do. */
export function ClusterMarker({
  placed,
  onOpen,
}: {
  placed: PlacedCluster;
  onOpen: (placed: PlacedCluster) => void;
}) {
  const count = placed.events.length;
  return (
    <button
      type="button"
      className="marker marker--cluster"
      style={{ left: placed.x0, top: placed.row * ROW_HEIGHT }}
      aria-label={`${count} more events here: zoom in to see them`}
      tabIndex={-1}
      onClick={() => onOpen(placed)}
    >
      +{count}
    </button>
  );
}
