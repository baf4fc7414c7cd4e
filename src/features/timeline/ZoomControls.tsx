interface ZoomControlsProps {
  readonly onZoomIn: () => void;
  readonly onZoomOut: () => void;
  readonly onFit: () => void;
  readonly canZoomIn: boolean;
  readonly canZoomOut: boolean;
}

/** Buttons for zoom, for anyone without a wheel or a pinch. */
export function ZoomControls({
  onZoomIn,
  onZoomOut,
  onFit,
  canZoomIn,
  canZoomOut,
}: ZoomControlsProps) {
  return (
    <div className="zoom-controls" role="group" aria-label="Zoom">
      <button
        type="button"
        className="icon-button"
        onClick={onZoomIn}
        disabled={!canZoomIn}
        aria-label="Zoom in"
        title="Zoom in (+)"
      >
        +
      </button>
      <button
        type="button"
        className="icon-button"
        onClick={onZoomOut}
        disabled={!canZoomOut}
        aria-label="Zoom out"
        title="Zoom out (−)"
      >
        −
      </button>
      <button type="button" className="button button--small" onClick={onFit} disabled={!canZoomOut}>
        Fit all
      </button>
    </div>
  );
}
