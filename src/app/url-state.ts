import { formatIsoInstant, parseIsoDateOrTime } from "../domain/dates";
import { isDeepMs, msOfYear, yearOfMs } from "../domain/deep-time";
import { isEventId } from "../domain/event-id";
import type { TimeWindow } from "../domain/types";

/** Everything the query string says about the view, parsed but not yet checked against data. */
export interface UrlState {
  readonly event?: string;
  /** Upper case, sorted, unique. */
  readonly countries: readonly string[];
  /** Group names, one `group` parameter each (names may hold commas); sorted, unique. */
  readonly groups: readonly string[];
  readonly query: string;
  readonly window?: TimeWindow;
  readonly data?: string;
  /** Parameters this app does not know, kept in their order so other tools' links survive. */
  readonly extra: readonly (readonly [string, string])[];
  /** Parameters whose values could not be read, for a notice. */
  readonly ignored: readonly string[];
}

export const EMPTY_URL_STATE: UrlState = {
  countries: [],
  groups: [],
  query: "",
  extra: [],
  ignored: [],
};

const KNOWN = new Set(["event", "country", "group", "q", "from", "to", "data"]);
const MAX_GROUPS = 50;
const MAX_VALUE = 500;
const MAX_COUNTRIES = 50;

/** Cuts a value to the length limit without splitting a surrogate pair. */
function cap(value: string): string {
  if (value.length <= MAX_VALUE) return value;
  const cut = /[\uD800-\uDBFF]/.test(value.charAt(MAX_VALUE - 1)) ? MAX_VALUE - 1 : MAX_VALUE;
  return value.slice(0, cut);
}

/** Reads a query string into view state; never throws, and ignores what it cannot read. */
export function parseUrlState(search: string): UrlState {
  const params = new URLSearchParams(search.length > 100_000 ? "" : search);
  const first = new Map<string, string>();
  const countries = new Set<string>();
  const groups = new Set<string>();
  const extra: [string, string][] = [];
  const ignored = new Set<string>();
  // The search text keeps its spaces: it is what the user is typing.
  let rawQuery: string | undefined;
  for (const [rawKey, value] of params) {
    const key = rawKey.toLowerCase();
    if (!KNOWN.has(key)) {
      if (extra.length < 50 && rawKey.length <= MAX_VALUE) extra.push([rawKey, cap(value)]);
      continue;
    }
    if (key === "country") {
      for (const token of value.split(",")) {
        const code = token.trim().toUpperCase();
        if (/^[A-Z]{2}$/.test(code) && countries.size < MAX_COUNTRIES) countries.add(code);
        else if (code) ignored.add("country");
      }
    } else if (key === "group") {
      const group = cap(value.trim());
      if (group && groups.size < MAX_GROUPS) groups.add(group);
    } else if (key === "q") rawQuery ??= value;
    else if (!first.has(key)) first.set(key, value.trim());
  }

  const event = first.get("event");
  const validEvent = event !== undefined && isEventId(event.toLowerCase());
  if (event && !validEvent) ignored.add("event");
  const query = cap(rawQuery ?? "");
  const window = parseWindow(first.get("from"), first.get("to"));
  if ((first.has("from") || first.has("to")) && !window) ignored.add("from/to");
  const data = first.get("data");
  const validData = data !== undefined && data.length > 0 && data.length <= 2000;

  return {
    ...(validEvent ? { event: event.toLowerCase() } : {}),
    countries: [...countries].sort(),
    groups: [...groups].sort(),
    query,
    ...(window ? { window } : {}),
    ...(validData ? { data } : {}),
    extra,
    ignored: [...ignored],
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
  if (state.query.trim()) pairs.push(["q", state.query]);
  if (state.window) {
    const window = roundWindow(state.window);
    pairs.push(["from", formatIsoInstant(window.start)], ["to", formatIsoInstant(window.end)]);
  }
  if (state.data) pairs.push(["data", state.data]);
  pairs.push(...state.extra);
  return pairs.map(([key, value]) => `${encode(key)}=${encode(value)}`).join("&");
}

// Keep the characters that read well in a link (",", ":", "/") unescaped; they are safe there.
function encode(value: string): string {
  return encodeURIComponent(wellFormed(value))
    .replace(/%2C/g, ",")
    .replace(/%3A/g, ":")
    .replace(/%2F/g, "/");
}

// encodeURIComponent throws on a lone surrogate (half an emoji cut by a length limit).
function wellFormed(value: string): string {
  return value.replace(
    /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    "\uFFFD",
  );
}
