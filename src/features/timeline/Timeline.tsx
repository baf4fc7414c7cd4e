import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from "react";
import { whenEndMs } from "../../domain/dates";
import { eventSpan, layoutEvents, type PlacedCluster } from "../../domain/layout";
import { buildTimelineIndex, windowEvents, type TimelineIndex } from "../../domain/timeline-index";
import { timeScale } from "../../domain/time-scale";
import type { Era, EventId, TimelineEvent, TimeWindow } from "../../domain/types";
import {
  canZoomIn,
  clampWindow,
  fitWindow,
  overlapsWindow,
  type ZoomBounds,
} from "../../domain/zoom";
import { ClusterMarker } from "./ClusterMarker";
import { DensityLayer } from "./DensityLayer";
import { LazyDensityBuckets, LazyEraBands, LazyEraList } from "./lazy-layers";
import { EventMarker, ROW_HEIGHT } from "./EventMarker";
import { Overview } from "./Overview";
import { ERA_LANE_PX, placeEras } from "./place-eras";
import { TimelineAxis, TimelineGrid } from "./TimelineAxis";
import { timelineRows } from "./timeline-rows";
import { usePlotGestures } from "./use-plot-gestures";
import { useElementWidth } from "../../ui/use-element-size";
import { useViewportSize } from "./use-viewport-size";
import { ZoomControls } from "./ZoomControls";

interface TimelineProps {
  /** The events that pass the filters, in date order. */
  readonly events: readonly TimelineEvent[];
  /** Every event, indexed (the dataset index's own), for the overview strip. */
  readonly overview: TimelineIndex;
  readonly window: TimeWindow;
  readonly bounds: ZoomBounds;
  readonly selectedId: EventId | undefined;
  readonly onSelect: (id: EventId) => void;
  readonly onZoom: (direction: "in" | "out") => void;
  readonly onWindowChange: (window: TimeWindow) => void;
  /** Named spans drawn behind the events, in start order. */
  readonly eras?: readonly Era[];
  /**
   * Whether the timeline sits inside another page (an iframe), where a plain wheel must scroll
   * that page instead of zooming; by default, whether this window is framed.
   */
  readonly framed?: boolean;
}

// One empty list for every render, so the memos below keep their results when there are no eras.
const NO_ERAS: readonly Era[] = [];

const STEP_KEYS = new Set(["ArrowLeft", "ArrowRight", "Home", "End"]);
const MAX_MARKERS = 250;
// Up to this many events that span the whole window are drawn as bars across it; more are one
// counted group on the first row, which opens into their list.
const SPANNING_DRAWN = 2;

function spanOf(event: TimelineEvent): [number, number] {
  const span = eventSpan(event);
  return [span.start, span.end];
}

/** The zoomable, pannable timeline with its axis, its overview strip and its controls. */
export function Timeline(props: TimelineProps) {
  const { events, overview, window, bounds, selectedId, onSelect, onZoom, onWindowChange } = props;
  const eras = props.eras ?? NO_ERAS;
  const plotRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(plotRef);
  const viewport = useViewportSize();
  const maxRows = timelineRows({
    plotWidth: width,
    viewportWidth: viewport.width,
    viewportHeight: viewport.height,
  });
  const scale = useMemo(() => timeScale([window.start, window.end], [0, width]), [window, width]);
  // Unfiltered, the events are the overview's, already indexed.
  const index = useMemo(
    () => (events === overview.events ? overview : buildTimelineIndex(events)),
    [events, overview],
  );
  const selected = useMemo(
    () => events.find((event) => event.id === selectedId),
    [events, selectedId],
  );
  // Up to a few hundred events in view are drawn one by one; past that, as density with counts.
  const inWindow = useMemo(() => windowEvents(index, window, MAX_MARKERS), [index, window]);
  const dense = inWindow === undefined;
  const spanningGroup = useMemo(() => {
    if (!inWindow) return undefined;
    // The selected event is drawn as itself, so it does not count toward the group.
    const events = inWindow.spanning.filter((event) => event.id !== selectedId);
    if (events.length <= SPANNING_DRAWN) return undefined;
    const cluster: PlacedCluster = { type: "cluster", events, x0: 0, x1: 0, row: 0 };
    return cluster;
  }, [inWindow, selectedId]);
  const placed = useMemo(() => {
    let shown: readonly TimelineEvent[];
    if (!inWindow) {
      shown = selected && overlapsWindow(window, ...spanOf(selected)) ? [selected] : [];
    } else if (!spanningGroup) {
      shown = [...inWindow.within, ...inWindow.spanning];
    } else {
      // The selected event always shows as itself, even when it spans the window.
      const pinned = inWindow.spanning.find((event) => event.id === selectedId);
      shown = pinned ? [...inWindow.within, pinned] : inWindow.within;
    }
    const rows = dense ? 1 : spanningGroup ? maxRows - 1 : maxRows;
    const laid = layoutEvents(shown, scale, {
      maxRows: rows,
      width,
      pinned: selectedId,
      labelWidth: (event) => Math.min(event.title.length * 6.6 + 30, 230),
    });
    // Below the group of spanning events, which takes the first row.
    return spanningGroup ? laid.map((item) => ({ ...item, row: item.row + 1 })) : laid;
  }, [inWindow, spanningGroup, selected, window, scale, dense, maxRows, width, selectedId]);
  const eraEnds = useMemo(() => eras.map(whenEndMs), [eras]);
  // Filtered again on each pan frame (the scale changes with window and width); only the drawing
  // is capped, in EraBands and EraList.
  const placedEras = useMemo(
    () => placeEras(eras, eraEnds, window, scale, width),
    [eras, eraEnds, window, scale, width],
  );
  const framed = props.framed ?? globalThis.self !== globalThis.top;
  const nudge = useWheelNudge();
  usePlotGestures(plotRef, {
    window,
    bounds,
    onWindowChange,
    wheelScrollsPage: framed ? nudge.show : undefined,
  });

  const markers = placed.flatMap((item) => (item.type === "event" ? [item] : []));
  const tabbableId = markers.some((m) => m.event.id === selectedId)
    ? selectedId
    : markers[0]?.event.id;

  // Keep keyboard focus on the selected marker as arrows step through events.
  const focusFollows = useRef(false);
  useEffect(() => {
    if (!focusFollows.current || !selectedId) return;
    focusFollows.current = false;
    plotRef.current?.querySelector<HTMLElement>(`[data-event-id="${selectedId}"]`)?.focus();
  }, [selectedId, placed]);

  const span = window.end - window.start;
  // The page handles the stepping keys; pressed on a marker, they also take focus along.
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (STEP_KEYS.has(event.key) && !event.shiftKey) focusFollows.current = true;
  };
  const zoomToCluster = (cluster: PlacedCluster) => {
    const starts = cluster.events.map((event) => event.when.start);
    const from = Math.min(...starts);
    const to = Math.max(...starts);
    const pad = Math.max((to - from) * 0.3, bounds.minSpan * 4);
    onWindowChange(clampWindow({ start: from - pad, end: to + pad }, bounds));
  };
  const fit = fitWindow(bounds);
  const height = maxRows * ROW_HEIGHT + 8;
  // Kept whenever the dataset has eras, even with none in view, so the rows do not jump on a pan.
  const lane = eras.length > 0 ? ERA_LANE_PX : 0;

  return (
    <section className="timeline" aria-label="Timeline">
      <div className="timeline__toolbar">
        <p className="timeline__hint">
          {framed ? `${ZOOM_KEY} + scroll` : "Scroll"} or pinch to zoom, drag to pan. Arrow keys
          step through events.
        </p>
        <ZoomControls
          onZoomIn={() => onZoom("in")}
          onZoomOut={() => onZoom("out")}
          onFit={() => onWindowChange(fit)}
          canZoomIn={canZoomIn(window, bounds)}
          canZoomOut={span < fit.end - fit.start - 1}
        />
      </div>
      {eras.length > 0 && <LazyEraList eras={eras} placed={placedEras} />}
      <div
        className="timeline__plot"
        ref={plotRef}
        style={{ height: height + 28 + lane, paddingTop: lane }}
        role="group"
        aria-label="Events by date"
      >
        {eras.length > 0 && <LazyEraBands placed={placedEras} />}
        <div className="timeline__rows">
          <TimelineGrid scale={scale} width={width} height={height} />
          {dense && (
            <DensityLayer
              index={index}
              window={window}
              width={width}
              height={height}
              className="timeline__density"
            />
          )}
          <div className="timeline__markers" style={{ height }}>
            {spanningGroup && (
              <ClusterMarker
                key={`spanning-${spanningGroup.events[0]?.id}`}
                placed={spanningGroup}
                onSelect={onSelect}
                spanning
              />
            )}
            {dense && (
              <LazyDensityBuckets
                index={index}
                window={window}
                width={width}
                row={maxRows - 1}
                onZoom={(next) => onWindowChange(clampWindow(next, bounds))}
              />
            )}
            {placed.map((item) =>
              item.type === "event" ? (
                <EventMarker
                  key={item.event.id}
                  placed={item}
                  width={width}
                  selected={item.event.id === selectedId}
                  tabbable={item.event.id === tabbableId}
                  onSelect={onSelect}
                  onKeyDown={onKeyDown}
                />
              ) : (
                <ClusterMarker
                  key={`cluster-${item.events[0]?.id ?? item.x0}`}
                  placed={item}
                  onSelect={onSelect}
                  onZoom={zoomToCluster}
                />
              ),
            )}
          </div>
        </div>
        <TimelineAxis scale={scale} width={width} />
        {nudge.shown && (
          <p className="timeline__nudge" role="status">
            Hold {ZOOM_KEY} and scroll to zoom the timeline
          </p>
        )}
        {!dense && markers.length === 0 && !spanningGroup && (
          <p className="timeline__offscreen">
            {events.length > 0
              ? "No events in this window. Zoom out or use “Fit all”."
              : overview.events.length === 0
                ? "No events yet."
                : "No events match the search and filters."}
          </p>
        )}
      </div>
      <Overview
        index={overview}
        window={window}
        bounds={bounds}
        width={width}
        eras={eras}
        onWindowChange={onWindowChange}
      />
    </section>
  );
}

// Apple keyboards zoom with ⌘ (Ctrl + wheel is a system zoom there); everywhere else with Ctrl.
const ZOOM_KEY =
  typeof navigator !== "undefined" && /Mac|iPhone|iPad/.test(navigator.platform) ? "⌘" : "Ctrl";
const NUDGE_MS = 1500;

/** Says how to zoom for a moment after a wheel that scrolled the page instead. */
function useWheelNudge() {
  const [shown, setShown] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const show = useCallback(() => {
    setShown(true);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setShown(false), NUDGE_MS);
  }, []);
  return { shown, show };
}
