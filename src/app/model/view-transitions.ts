import { eventById, type DatasetIndex } from "../../domain/dataset-index";
import { eventSpan } from "../../domain/layout";
import { stepEvent, type Step } from "../../domain/navigation";
import { revealWindow } from "../../domain/reveal-window";
import type { EventId, TimeWindow } from "../../domain/types";
import { panWindow, zoomWindow } from "../../domain/zoom";
import type { View } from "../resolve-view";
import type { UrlState } from "../url-state";
import type { HistoryMode } from "../url-store";

/** How much one press of + or − zooms, and how far Shift+←/→ pans (a share of the window). */
export const ZOOM_STEP = 1.6;
export const PAN_STEP = 0.25;

/** Everything a reader can do to the view. */
export type ViewAction =
  /** `reveal` moves or zooms the window to the event (not for a click on the timeline). */
  | { readonly type: "select"; readonly id: EventId; readonly reveal?: boolean }
  | { readonly type: "step"; readonly to: Step }
  | { readonly type: "window"; readonly window: TimeWindow }
  /** Keyboard zoom: a factor of the window's span, below 1 to zoom in. */
  | { readonly type: "zoom"; readonly factor: number }
  | { readonly type: "pan"; readonly direction: -1 | 1 }
  /** The source the article shows, and the one beside it (undefined: one text only). */
  | { readonly type: "article"; readonly article: string; readonly beside?: string }
  | {
      readonly type: "filter";
      readonly countries?: readonly string[];
      readonly groups?: readonly string[];
      readonly sources?: readonly string[];
      readonly query?: string;
    };

/** What an action does to the URL, and whether the browser's Back undoes it. */
export interface Transition {
  readonly state: Partial<UrlState>;
  readonly history: HistoryMode;
}

/** The view as it is, for working out the next: `urlWindow` says whether the link names a window. */
export interface ViewNow {
  readonly index: DatasetIndex;
  readonly view: View;
  readonly urlWindow: boolean;
}

/**
 * The URL change an action makes, or undefined when it changes nothing (an event the dataset
 * lacks, a step with no events). Every change starts from the resolved view, so whatever the
 * link held that the dataset lacks is dropped at the first change. Choosing an event is a
 * history entry; zooming, panning and filtering replace the current one.
 */
export function applyAction(now: ViewNow, action: ViewAction): Transition | undefined {
  const { index, view, urlWindow } = now;
  const base = (change: Partial<UrlState>, history: HistoryMode): Transition => ({
    state: {
      event: view.selected?.id,
      countries: view.countries,
      groups: view.groups,
      sources: view.sources,
      article: view.article,
      beside: view.beside,
      ignored: [],
      ...change,
    },
    history,
  });
  const { window, bounds } = view;
  switch (action.type) {
    case "select": {
      const event = eventById(index, action.id);
      if (!event) return undefined;
      const span = eventSpan(event);
      const reveal = action.reveal ?? true;
      const focused = reveal ? revealWindow(window, span.start, span.end, bounds) : window;
      const moved = focused !== window || urlWindow;
      return base({ event: event.id, ...(moved ? { window: focused } : {}) }, "push");
    }
    case "step": {
      const target = stepEvent(view.filtered, view.selected?.id, action.to);
      return target ? applyAction(now, { type: "select", id: target.id }) : undefined;
    }
    case "window":
      return base({ window: action.window }, "replace");
    case "zoom": {
      // Anchored on the selected event when it is in view, else on the window's middle.
      const mid = (window.start + window.end) / 2;
      const span = view.selected ? eventSpan(view.selected) : undefined;
      const at = span ? (span.start + span.end) / 2 : mid;
      const anchor = at >= window.start && at <= window.end ? at : mid;
      return base({ window: zoomWindow(window, action.factor, anchor, bounds) }, "replace");
    }
    case "pan": {
      const distance = action.direction * (window.end - window.start) * PAN_STEP;
      return base({ window: panWindow(window, distance, bounds) }, "replace");
    }
    case "article":
      return base({ article: action.article, beside: action.beside }, "replace");
    case "filter": {
      const { type: _type, ...filters } = action;
      return base(filters, "replace");
    }
  }
}

/**
 * The link's canonical form once the dataset says what in it is real: unknown events, countries,
 * groups and sources dropped, and the window kept only where the link named one.
 */
export function canonicalUrlState(
  view: Pick<
    View,
    "selected" | "countries" | "groups" | "sources" | "article" | "beside" | "window"
  >,
  urlWindow: boolean,
): Partial<UrlState> {
  return {
    event: view.selected?.id,
    countries: view.countries,
    groups: view.groups,
    sources: view.sources,
    article: view.article,
    beside: view.beside,
    ignored: [],
    window: urlWindow ? view.window : undefined,
  };
}
