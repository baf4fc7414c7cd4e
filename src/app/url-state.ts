import { formatIsoInstant, parseIsoDateOrTime } from "../domain/dates";
import { isDeepMs, msOfYear, yearOfMs } from "../domain/deep-time";
import { isEventId } from "../domain/event-id";
import { cutText, MAX_SEARCH_CHARS } from "../domain/search-length";
import type { TimeWindow } from "../domain/types";
import { toWellFormedText } from "../domain/well-formed-text";

/** Everything the query string says about the view, parsed but not yet checked against data. */
export interface UrlState {
  readonly event?: string;
  /** Upper case, sorted, unique. */
  readonly countries: readonly string[];
  /** Group names, one `group` parameter each (names may hold commas); sorted, unique. */
  readonly groups: readonly string[];
  /** Source ids, one `source` parameter each; sorted, unique. */
  readonly sources: readonly string[];
  readonly query: string;
  readonly window?: TimeWindow;
  /** The source whose text the article pane shows (`article=`), where the event quotes several. */
  readonly article?: string;
  /** A second source shown beside it (`beside=`): the two texts side by side. */
  readonly beside?: string;
  readonly data?: string;
  /** `embed=1`: the layout for a page's iframe, where every change replaces the history entry. */
  readonly embed: boolean;
  /** Parameters this app does not know, kept in their order so other tools' links survive. */
  readonly extra: readonly (readonly [string, string])[];
  /** Parameters whose values could not be read, for a notice. */
  readonly ignored: readonly string[];
  /** Parameters that were read but not used (too long, repeated, too many), each named in a notice. */
  readonly refused?: readonly Refusal[];
}

/** A parameter the link holds that was not used, and why; the canonical rewrite drops only these. */
export interface Refusal {
  /** The parameter's name as the link spells it ("from/to" for a time window). */
  readonly parameter: string;
  readonly reason: "too-long" | "repeated" | "too-many";
  /** The value's length (too-long), or how many values the link gave (repeated, too-many). */
  readonly count: number;
}

export const EMPTY_URL_STATE: UrlState = {
  countries: [],
  groups: [],
  sources: [],
  query: "",
  embed: false,
  extra: [],
  ignored: [],
};

const KNOWN = new Set([
  "event",
  "country",
  "group",
  "source",
  "q",
  "from",
  "to",
  "article",
  "beside",
  "data",
  "embed",
]);
const SINGLE = ["event", "q", "from", "to", "article", "beside", "data", "embed"] as const;
/** The longest dataset address a link may name. */
export const MAX_DATA_CHARS = 2000;
export const MAX_GROUPS = 50;
export const MAX_SOURCES = 50;
export const MAX_VALUE = 500;
export const MAX_COUNTRIES = 50;
export const MAX_EXTRA = 50;

/**
 * Reads a query string into view state; never throws. Whatever it cannot read is listed in
 * `ignored`, and whatever it reads but will not use (too long, repeated, too many) in `refused`,
 * so that the page can say so before the canonical rewrite leaves it out.
 */
export function parseUrlState(search: string): UrlState {
  // Parsing is linear in the length of the link, and every list below is capped, so a huge link
  // costs its own length and no more; refusing it whole would lose what it asked for.
  const params = new URLSearchParams(search);
  // The first value of each single-valued parameter, and how many values the link gave for it.
  const values = new Map<string, { first: string; count: number; differs: boolean }>();
  const countries = new Set<string>();
  const groups = new Set<string>();
  const sources = new Set<string>();
  const extra: [string, string][] = [];
  const ignored = new Set<string>();
  const refused: Refusal[] = [];
  const refuse = (parameter: string, reason: Refusal["reason"], count: number) => {
    if (!refused.some((r) => r.parameter === parameter && r.reason === reason))
      refused.push({ parameter, reason, count });
  };
  let extraCount = 0;
  const allGroups = new Set<string>();
  const allSources = new Set<string>();
  const allCountries = new Set<string>();
  for (const [rawKey, value] of params) {
    const key = rawKey.toLowerCase();
    if (!KNOWN.has(key)) {
      extraCount++;
      if (rawKey.length > MAX_VALUE || value.length > MAX_VALUE)
        refuse(cutText(rawKey, 40), "too-long", Math.max(rawKey.length, value.length));
      else if (extra.length < MAX_EXTRA) extra.push([rawKey, value]);
      continue;
    }
    if (key === "country") {
      for (const token of value.split(",")) {
        const code = token.trim().toUpperCase();
        if (!/^[A-Z]{2}$/.test(code)) {
          if (code) ignored.add("country");
        } else if (!allCountries.has(code)) {
          allCountries.add(code);
          if (countries.size < MAX_COUNTRIES) countries.add(code);
        }
      }
    } else if (key === "group") {
      const group = value.trim();
      if (group.length > MAX_VALUE) refuse("group", "too-long", group.length);
      else if (group && !allGroups.has(group)) {
        allGroups.add(group);
        if (groups.size < MAX_GROUPS) groups.add(group);
      }
    } else if (key === "source") {
      const source = value.trim();
      if (source.length > MAX_VALUE) refuse("source", "too-long", source.length);
      else if (source && !allSources.has(source)) {
        allSources.add(source);
        if (sources.size < MAX_SOURCES) sources.add(source);
      }
    } else {
      // The search text keeps its spaces: it is what the user is typing.
      const kept = key === "q" ? value : value.trim();
      const seen = values.get(key);
      if (!seen) values.set(key, { first: kept, count: 1, differs: false });
      else
        values.set(key, {
          ...seen,
          count: seen.count + 1,
          differs: seen.differs || kept !== seen.first,
        });
    }
  }
  if (allCountries.size > MAX_COUNTRIES) refuse("country", "too-many", allCountries.size);
  if (allGroups.size > MAX_GROUPS) refuse("group", "too-many", allGroups.size);
  if (allSources.size > MAX_SOURCES) refuse("source", "too-many", allSources.size);
  if (extra.length === MAX_EXTRA && extraCount > MAX_EXTRA) refuse("other", "too-many", extraCount);
  for (const key of SINGLE) {
    const seen = values.get(key);
    if (seen?.differs)
      refuse(key === "from" || key === "to" ? "from/to" : key, "repeated", seen.count);
  }
  const first = (key: (typeof SINGLE)[number]) => values.get(key)?.first;

  const event = first("event");
  const validEvent = event !== undefined && isEventId(event.toLowerCase());
  if (event && !validEvent) ignored.add("event");
  const rawQuery = first("q") ?? "";
  if (rawQuery.length > MAX_SEARCH_CHARS) refuse("q", "too-long", rawQuery.length);
  const query = rawQuery.length > MAX_SEARCH_CHARS ? "" : rawQuery;
  const from = first("from");
  const to = first("to");
  const window = parseWindow(from, to);
  if ((from !== undefined || to !== undefined) && !window) ignored.add("from/to");
  // Source ids, checked against the dataset when the view is resolved.
  const article = first("article");
  const beside = first("beside");
  if (article !== undefined && article.length > MAX_VALUE) {
    refuse("article", "too-long", article.length);
  }
  if (beside !== undefined && beside.length > MAX_VALUE)
    refuse("beside", "too-long", beside.length);
  const data = first("data");
  if (data !== undefined && data.length > MAX_DATA_CHARS) refuse("data", "too-long", data.length);
  const validData = data !== undefined && data.length > 0 && data.length <= MAX_DATA_CHARS;
  // Only "1" turns the embed layout on: a link that says anything else opens the full app.
  const embedValue = first("embed");
  const embed = embedValue === "1";
  if (embedValue !== undefined && !embed) ignored.add("embed");

  return {
    ...(validEvent ? { event: event.toLowerCase() } : {}),
    countries: [...countries].sort(),
    groups: [...groups].sort(),
    sources: [...sources].sort(),
    query,
    ...(window ? { window } : {}),
    ...(article && article.length <= MAX_VALUE ? { article } : {}),
    ...(beside && beside.length <= MAX_VALUE ? { beside } : {}),
    ...(validData ? { data } : {}),
    embed,
    extra,
    ignored: [...ignored],
    ...(refused.length > 0 ? { refused } : {}),
  };
}

function parseWindow(from: string | undefined, to: string | undefined): TimeWindow | undefined {
  if (from === undefined || to === undefined) return undefined;
  const start = parseIsoDateOrTime(from);
  const end = parseIsoDateOrTime(to);
  if (start === undefined || end === undefined || start >= end) return undefined;
  return { start, end };
}

const MINUTE_MS = 60_000;

/** Rounds a window to whole minutes, the URL's resolution; in deep time, to whole years. */
export function roundWindow(window: TimeWindow): TimeWindow {
  const start = roundInstant(window.start);
  const next = isDeepMs(start) ? msOfYear(yearOfMs(start) + 1) : start + MINUTE_MS;
  return { start, end: Math.max(roundInstant(window.end), next) };
}

// Deep time is written as years only (-13800000000-01-01): round to the nearest year's start.
function roundInstant(ms: number): number {
  if (!isDeepMs(ms)) return Math.round(ms / MINUTE_MS) * MINUTE_MS;
  const year = yearOfMs(ms);
  const [before, after] = [msOfYear(year), msOfYear(year + 1)];
  return ms - before < after - ms ? before : after;
}

/** Writes view state as the canonical query string (no leading "?"), empty parameters left out. */
export function serializeUrlState(state: UrlState): string {
  const pairs: (readonly [string, string])[] = [];
  if (state.event) pairs.push(["event", state.event]);
  if (state.countries.length > 0) pairs.push(["country", [...state.countries].sort().join(",")]);
  for (const group of [...new Set(state.groups)].sort()) pairs.push(["group", group]);
  for (const source of [...new Set(state.sources)].sort()) pairs.push(["source", source]);
  if (state.query.trim()) pairs.push(["q", cutText(state.query, MAX_SEARCH_CHARS)]);
  if (state.window) {
    const window = roundWindow(state.window);
    pairs.push(["from", formatIsoInstant(window.start)], ["to", formatIsoInstant(window.end)]);
  }
  if (state.article) pairs.push(["article", state.article]);
  if (state.beside) pairs.push(["beside", state.beside]);
  if (state.data) pairs.push(["data", state.data]);
  if (state.embed) pairs.push(["embed", "1"]);
  pairs.push(...state.extra);
  return pairs.map(([key, value]) => `${encode(key)}=${encode(value)}`).join("&");
}

// Keep the characters that read well in a link (",", ":", "/") unescaped; they are safe there.
function encode(value: string): string {
  return encodeURIComponent(toWellFormedText(value))
    .replace(/%2C/g, ",")
    .replace(/%3A/g, ":")
    .replace(/%2F/g, "/");
}
