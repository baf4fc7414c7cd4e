import { useEffect, useMemo } from "react";
import { buildDatasetIndex } from "../domain/dataset-index";
import type { Dataset } from "../domain/types";
import { markComplete, markFirstPaint } from "./first-paint";
import { noticesWhileReading, resolveView } from "./resolve-view";
import type { useUrlState } from "./use-url-state";
import { useCanonicalUrl, useViewActions } from "./use-view-actions";
import { useViewKeys } from "./use-view-keys";
import { useRemoteSearched, useWarmSearch } from "./use-warm-search";

/**
 * The explorer's model in React: the dataset's index, the view the URL asks for, the notices
 * about the link as opened, and the actions that change it (each a URL change), with the keys
 * bound to them. While `reading`, the link is left as it is and nothing is called unknown.
 */
export function useExplorerView(
  dataset: Dataset,
  { state, openedState, update }: ReturnType<typeof useUrlState>,
  reading: boolean,
) {
  // Everything derived from the dataset alone, once per dataset value.
  const index = useMemo(() => buildDatasetIndex(dataset), [dataset]);
  // A large dataset's search is answered by its Worker: the view is worked out again when an
  // answer comes (the index reads it from there, so the linter cannot see the dependency).
  const searched = useRemoteSearched(index);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const view = useMemo(() => resolveView(index, state), [index, state, searched]);
  // Notices describe the link as it was opened, which the canonical rewrite below tidies away;
  // none once another dataset was opened in the page, since the link was not meant for it.
  const notices = useMemo(() => {
    if (openedState.data !== state.data) return [];
    const { notices } = resolveView(index, openedState);
    return reading ? noticesWhileReading(notices) : notices;
  }, [index, openedState, state.data, reading]);
  const urlWindow = state.window !== undefined;
  useCanonicalUrl(view, urlWindow, update, !reading);
  const actions = useViewActions(index, view, urlWindow, update);
  useViewKeys(actions);
  useWarmSearch(index, !reading);
  useReadyMarks(reading);
  return { index, view, notices, actions };
}

/**
 * The benchmark's "ready": the first frame after the explorer is drawn and listening (on the
 * events read so far, for an export still streaming in), and "complete" once on all of them.
 */
function useReadyMarks(reading: boolean): void {
  useEffect(() => {
    requestAnimationFrame(() => performance.mark("sourceline:ready"));
    markFirstPaint();
  }, []);
  useEffect(() => {
    if (!reading) markComplete();
  }, [reading]);
}
