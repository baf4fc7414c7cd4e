import { useCallback, useEffect, useLayoutEffect, useRef } from "react";
import type { DatasetIndex } from "../domain/dataset-index";
import type { Step } from "../domain/navigation";
import type { EventId, TimeWindow } from "../domain/types";
import {
  applyAction,
  canonicalUrlState,
  type ViewAction,
  type ViewNow,
} from "./model/view-transitions";
import type { View } from "./resolve-view";
import type { UrlState } from "./url-state";
import type { HistoryMode } from "./url-store";

type Update = (change: Partial<UrlState>, mode?: HistoryMode) => void;
export type Filters = Omit<Extract<ViewAction, { type: "filter" }>, "type">;

/**
 * Everything the user can do to the view, as URL changes worked out by `applyAction`. The
 * actions keep their identity while the view changes (they read it from a ref, not a closure:
 * they are handed to panes as props, which an effect event may not be), so a pan frame does not
 * re-render every pane that was handed one.
 */
export function useViewActions(
  index: DatasetIndex,
  view: View,
  urlWindow: boolean,
  update: Update,
) {
  const current = useRef<ViewNow & { update: Update }>({ index, view, urlWindow, update });
  useLayoutEffect(() => {
    current.current = { index, view, urlWindow, update };
  });
  const dispatch = useCallback((action: ViewAction) => {
    const transition = applyAction(current.current, action);
    if (transition) current.current.update(transition.state, transition.history);
  }, []);
  const select = useCallback(
    (id: EventId, reveal = true) => dispatch({ type: "select", id, reveal }),
    [dispatch],
  );
  const step = useCallback((to: Step) => dispatch({ type: "step", to }), [dispatch]);
  const setWindow = useCallback(
    (window: TimeWindow) => dispatch({ type: "window", window }),
    [dispatch],
  );
  const zoom = useCallback((factor: number) => dispatch({ type: "zoom", factor }), [dispatch]);
  const pan = useCallback((direction: -1 | 1) => dispatch({ type: "pan", direction }), [dispatch]);
  const filter = useCallback(
    (filters: Filters) => dispatch({ type: "filter", ...filters }),
    [dispatch],
  );
  const showSources = useCallback(
    (article: string, beside?: string) => dispatch({ type: "article", article, beside }),
    [dispatch],
  );
  return { select, step, setWindow, zoom, pan, filter, showSources };
}

/**
 * The link's canonical form is written back once the dataset says what in it is real (not
 * while `enabled` is false: only some of its events are read).
 */
export function useCanonicalUrl(view: View, urlWindow: boolean, update: Update, enabled = true) {
  const { selected, countries, groups, sources, article, beside, window } = view;
  useEffect(() => {
    if (!enabled) return;
    // From the parts the canonical form holds: the view itself is new on every pan frame.
    const parts = { selected, countries, groups, sources, article, beside, window };
    update(canonicalUrlState(parts, urlWindow), "replace");
  }, [update, selected, countries, groups, sources, article, beside, window, urlWindow, enabled]);
}
