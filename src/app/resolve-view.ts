import { countryName } from "../domain/countries";
import { formatIsoInstant } from "../domain/dates";
import { facetsOf, filterEvents } from "../domain/filter";
import { eventSpan } from "../domain/layout";
import { revealWindow } from "../domain/reveal-window";
import { buildTimelineIndex } from "../domain/timeline-index";
import type { Dataset, TimelineEvent, TimeWindow } from "../domain/types";
import {
  boundsForExtent,
  clampWindow,
  fitWindow,
  overlapsWindow,
  type ZoomBounds,
} from "../domain/zoom";
import type { Notice } from "../ui/Notices";
import { refusalText } from "./refusal-notices";
import type { UrlState } from "./url-state";
import { showControls } from "../domain/bidi";

/** What the screen shows: the URL's state checked against the dataset, with notices for what was dropped. */
export interface View {
  readonly selected?: TimelineEvent;
  /** Countries from the URL that the dataset has. */
  readonly countries: readonly string[];
  /** Groups from the URL that the dataset has. */
  readonly groups: readonly string[];
  readonly query: string;
  readonly filtered: readonly TimelineEvent[];
  readonly window: TimeWindow;
  readonly bounds: ZoomBounds;
  readonly notices: readonly LinkNotice[];
}

/** A part of the link that was left out or replaced, in words. */
export interface LinkNotice extends Notice {
  readonly kind:
    | "unknown-event"
    | "unknown-country"
    | "unknown-group"
    | "unreadable-window"
    | "unreadable-event"
    | "unreadable-embed"
    | "unreadable-country"
    | "window-outside"
    | "refused-parameter";
}

/** The whole span of a dataset's events. */
export function datasetExtent(dataset: Dataset): TimeWindow {
  // From the timeline's index of the same events: starts are in order, ends are not.
  const { starts, ends } = buildTimelineIndex(dataset.events);
  if (starts.length === 0) return { start: Date.UTC(2000, 0, 1), end: Date.UTC(2001, 0, 1) };
  let end = -Infinity;
  for (let i = 0; i < ends.length; i++) if ((ends[i] as number) > end) end = ends[i] as number;
  return { start: starts[0] as number, end };
}

const countrySets = new WeakMap<Dataset, ReadonlySet<string>>();
const groupSets = new WeakMap<Dataset, ReadonlySet<string>>();

/** Every group a dataset's events are in (worked out once per dataset). */
export function groupsOf(dataset: Dataset): ReadonlySet<string> {
  let known = groupSets.get(dataset);
  if (!known) {
    known = new Set(facetsOf(dataset.events).groups);
    groupSets.set(dataset, known);
  }
  return known;
}

/** Every country a dataset's events involve (worked out once per dataset: the view is re-resolved per frame). */
export function countriesOf(dataset: Dataset): ReadonlySet<string> {
  let known = countrySets.get(dataset);
  if (!known) {
    known = new Set(facetsOf(dataset.events).countries);
    countrySets.set(dataset, known);
  }
  return known;
}

/** Zoom bounds for a dataset. */
export function boundsForDataset(dataset: Dataset): ZoomBounds {
  return boundsForExtent(datasetExtent(dataset));
}

/** Checks URL state against a dataset; never references an event or country the dataset lacks. */
export function resolveView(dataset: Dataset, url: UrlState, bounds: ZoomBounds): View {
  const notices: LinkNotice[] = [];
  const notice = (kind: LinkNotice["kind"], text: string) => notices.push({ kind, text });
  const selected = url.event ? dataset.events.find((event) => event.id === url.event) : undefined;
  if (url.event && !selected) {
    notice(
      "unknown-event",
      `This dataset has no event "${showControls(url.event)}"; the rest of the link still applies.`,
    );
  }

  const known = countriesOf(dataset);
  const countries = url.countries.filter((code) => known.has(code));
  for (const code of url.countries.filter((c) => !known.has(c))) {
    const name = countryName(code);
    notice(
      "unknown-country",
      name
        ? `No event in this dataset involves ${name} (${code}); that filter was left out.`
        : `"${showControls(code)}" is not a country code; that filter was left out.`,
    );
  }
  const knownGroups = groupsOf(dataset);
  const groups = url.groups.filter((group) => knownGroups.has(group));
  for (const group of url.groups.filter((g) => !knownGroups.has(g))) {
    notice(
      "unknown-group",
      `No event in this dataset is in the group “${showControls(group)}”; that filter was left out.`,
    );
  }
  if (url.ignored.includes("from/to")) {
    notice(
      "unreadable-window",
      "The link's time window could not be read; showing the default one.",
    );
  }
  if (url.ignored.includes("event")) {
    notice("unreadable-event", "The link's event id could not be read.");
  }
  if (url.ignored.includes("embed")) {
    notice("unreadable-embed", "The link's embed value could not be read (only embed=1 is known).");
  }
  if (url.ignored.includes("country")) {
    notice("unreadable-country", "Some of the link's country codes could not be read.");
  }

  for (const refusal of url.refused ?? []) notice("refused-parameter", refusalText(refusal));

  const window = windowFor(dataset, url, selected, bounds);
  if (url.window && !overlapsWindow(url.window, window.start, window.end)) {
    const asked = `${formatIsoInstant(url.window.start)} to ${formatIsoInstant(url.window.end)}`;
    notice(
      "window-outside",
      `The link's time window (${asked}) lies outside this dataset; showing the nearest part.`,
    );
  }
  const filtered = filterEvents(dataset.events, { countries, groups, query: url.query });
  return { selected, countries, groups, query: url.query, filtered, window, bounds, notices };
}

function windowFor(
  dataset: Dataset,
  url: UrlState,
  selected: TimelineEvent | undefined,
  bounds: ZoomBounds,
): TimeWindow {
  if (url.window) return clampWindow(url.window, bounds);
  const initial = dataset.initialWindow
    ? clampWindow(dataset.initialWindow, bounds)
    : fitWindow(bounds);
  if (!selected) return initial;
  const span = eventSpan(selected);
  return revealWindow(initial, span.start, span.end, bounds);
}
