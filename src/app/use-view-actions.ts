import { useCallback, useEffect, useLayoutEffect, useRef } from "react";
import { eventSpan } from "../domain/layout";
import { stepEvent, type Step } from "../domain/navigation";
import { eventById, type DatasetIndex } from "../domain/dataset-index";
import type { EventId, TimeWindow } from "../domain/types";
import { revealWindow } from "../domain/reveal-window";
import { panWindow, zoomWindow } from "../domain/zoom";
import type { View } from "./resolve-view";
import type { UrlState } from "./url-state";
import type { HistoryMode } from "./url-store";

type Update = (change: Partial<UrlState>, mode?: HistoryMode) => void;

/** How much one press of + or − zooms, and how far Shift+←/→ pans (a share of the window). */
export const ZOOM_STEP = 1.6;
export const PAN_STEP = 0.25;

interface Current {
  readonly index: DatasetIndex;
  readonly view: View;
  readonly urlWindow: boolean;
  readonly update: Update;
}

/**
 * Everything the user can do to the view, as URL changes. Every change starts from the resolved
 * view, so whatever the link held that the dataset lacks is dropped at the first change. The
 * actions keep their identity while the view changes (they read it from a ref), so a pan frame
 * does not re-render every pane that was handed one.
 */
export function useViewActions(
  index: DatasetIndex,
  view: View,
  urlWindow: boolean,
  update: Update,
) {
  const current = useRef<Current>({ index, view, urlWindow, update });
  useLayoutEffect(() => {
    current.current = { index, view, urlWindow, update };
  });

  const change = useCallback((next: Partial<UrlState>, mode?: HistoryMode) => {
    const { view, update } = current.current;
    update(
      {
        event: view.selected?.id,
        countries: view.countries,
        groups: view.groups,
        ignored: [],
        ...next,
      },
      mode,
    );
  }, []);

  /** Selects an event; `reveal` moves or zooms the window to it (not for a click on the timeline). */
  const select = useCallback(
    (id: EventId, reveal = true) => {
      const { index, view, urlWindow } = current.current;
      const event = eventById(index, id);
      if (!event) return;
      const span = eventSpan(event);
      const { window, bounds } = view;
      const focused = reveal ? revealWindow(window, span.start, span.end, bounds) : window;
      const moved = focused !== window || urlWindow;
      change({ event: id, ...(moved ? { window: focused } : {}) }, "push");
    },
    [change],
  );

  const step = useCallback(
    (to: Step) => {
      const { view } = current.current;
      const target = stepEvent(view.filtered, view.selected?.id, to);
      if (target) select(target.id);
    },
    [select],
  );

  const setWindow = useCallback((next: TimeWindow) => change({ window: next }), [change]);

  // Keyboard zoom anchors on the selected event when it is in view, else on the window's middle.
  const zoom = useCallback(
    (factor: number) => {
      const { window, bounds, selected } = current.current.view;
      const mid = (window.start + window.end) / 2;
      const span = selected ? eventSpan(selected) : undefined;
      const at = span ? (span.start + span.end) / 2 : mid;
      const anchor = at >= window.start && at <= window.end ? at : mid;
      setWindow(zoomWindow(window, factor, anchor, bounds));
    },
    [setWindow],
  );
  const pan = useCallback(
    (direction: -1 | 1) => {
      const { window, bounds } = current.current.view;
      setWindow(panWindow(window, direction * (window.end - window.start) * PAN_STEP, bounds));
    },
    [setWindow],
  );

  return { change, select, step, setWindow, zoom, pan };
}

/** The link's canonical form is written back once the dataset says what in it is real. */
export function useCanonicalUrl(view: View, urlWindow: boolean, update: Update) {
  const { selected, countries, groups, window } = view;
  useEffect(() => {
    update(
      {
        event: selected?.id,
        countries,
        groups,
        ignored: [],
        window: urlWindow ? window : undefined,
      },
      "replace",
    );
  }, [update, selected, countries, groups, window, urlWindow]);
}
