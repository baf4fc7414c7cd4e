import { countryName } from "../domain/countries";
import { formatIsoInstant } from "../domain/dates";
import { eventById, type DatasetIndex } from "../domain/dataset-index";
import { filterEvents, searchPending } from "../domain/filter";
import { eventSpan } from "../domain/layout";
import { revealWindow } from "../domain/reveal-window";
import type { Dataset, TimelineEvent, TimeWindow } from "../domain/types";
import { clampWindow, fitWindow, overlapsWindow, type ZoomBounds } from "../domain/zoom";
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
  /** Source ids from the URL that the dataset has. */
  readonly sources: readonly string[];
  /** The source the article pane was asked to show, if the dataset has it. */
  readonly article?: string;
  /** The source asked to be shown beside it, if the dataset has it and it is another. */
  readonly beside?: string;
  readonly query: string;
  readonly filtered: readonly TimelineEvent[];
  /** The query's words are still being searched for (a large dataset's, in its Worker). */
  readonly searching: boolean;
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
    | "unknown-source"
    | "unknown-article"
    | "unreadable-window"
    | "unreadable-event"
    | "unreadable-embed"
    | "unreadable-country"
    | "window-outside"
    | "refused-parameter";
}

// What the rest of a large export, still being read, may yet hold.
const MAY_COME: ReadonlySet<LinkNotice["kind"]> = new Set([
  "unknown-event",
  "unknown-country",
  "unknown-group",
  "unknown-source",
  "unknown-article",
  "window-outside",
] satisfies LinkNotice["kind"][]);

/**
 * The notices that hold while only some of a dataset's events are read: an event, country or
 * time the link names may be among the rest, and is said to be missing only once all are read.
 */
export function noticesWhileReading(notices: readonly LinkNotice[]): readonly LinkNotice[] {
  return notices.filter((notice) => !MAY_COME.has(notice.kind));
}

/** Checks URL state against a dataset; never references an event or country the dataset lacks. */
export function resolveView(index: DatasetIndex, url: UrlState): View {
  const { dataset, bounds } = index;
  const notices: LinkNotice[] = [];
  const notice = (kind: LinkNotice["kind"], text: string) => notices.push({ kind, text });
  const selected = eventById(index, url.event);
  if (url.event && !selected) {
    notice(
      "unknown-event",
      `This dataset has no event "${showControls(url.event)}"; the rest of the link still applies.`,
    );
  }

  const known = index.countrySet;
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
  const knownGroups = index.groupSet;
  const groups = url.groups.filter((group) => knownGroups.has(group));
  for (const group of url.groups.filter((g) => !knownGroups.has(g))) {
    notice(
      "unknown-group",
      `No event in this dataset is in the group “${showControls(group)}”; that filter was left out.`,
    );
  }
  const knownSources = index.sourceSet;
  const sources = url.sources.filter((id) => knownSources.has(id));
  for (const id of url.sources.filter((s) => !knownSources.has(s))) {
    notice(
      "unknown-source",
      `This dataset has no source “${showControls(id)}”; that filter was left out.`,
    );
  }
  for (const [parameter, id] of [
    ["article", url.article],
    ["beside", url.beside],
  ] as const) {
    if (id !== undefined && !knownSources.has(id)) {
      notice(
        "unknown-article",
        `This dataset has no source “${showControls(id)}” to show (${parameter}=); showing the event's own.`,
      );
    }
  }
  const article =
    url.article !== undefined && knownSources.has(url.article) ? url.article : undefined;
  const beside =
    url.beside !== undefined && knownSources.has(url.beside) && url.beside !== article
      ? url.beside
      : undefined;
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
  const filtered = filterEvents(index, { countries, groups, sources, query: url.query });
  const searching = searchPending(index, url.query);
  const query = url.query;
  return {
    selected,
    countries,
    groups,
    sources,
    ...(article !== undefined && { article }),
    ...(beside !== undefined && { beside }),
    query,
    filtered,
    searching,
    window,
    bounds,
    notices,
  };
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
