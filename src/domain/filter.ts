import { normalizeForSearch, searchTextOf } from "./search";
import type { TimelineEvent } from "./types";

export interface EventFilter {
  /** Upper-case ISO alpha-2 codes; an event matches if it involves any of them. */
  readonly countries: readonly string[];
  /** Group names; an event matches if it is in any of them. */
  readonly groups?: readonly string[];
  readonly query: string;
}

export const NO_FILTER: EventFilter = { countries: [], query: "" };

const searchTextCache = new WeakMap<TimelineEvent, string>();

function cachedSearchText(event: TimelineEvent): string {
  let text = searchTextCache.get(event);
  if (text === undefined) {
    text = searchTextOf(event);
    searchTextCache.set(event, text);
  }
  return text;
}

/**
 * Works out the search text of `count` events from `from` ahead of the first search, so typing
 * never waits for 100,000 of them at once. Returns where to carry on.
 */
export function warmSearchText(
  events: readonly TimelineEvent[],
  from: number,
  count: number,
): number {
  const to = Math.min(from + count, events.length);
  for (let i = from; i < to; i++) cachedSearchText(events[i] as TimelineEvent);
  return to;
}

/** Whether the filter narrows anything. */
export function isFiltering(filter: EventFilter): boolean {
  return (
    filter.countries.length > 0 ||
    (filter.groups?.length ?? 0) > 0 ||
    searchTerms(filter.query).length > 0
  );
}

// The last few answers, kept: the view is re-derived on every pan frame, the filter rarely
// changes, and the facet counts ask for the filter without their own facet.
const recent: {
  events: readonly TimelineEvent[];
  key: string;
  result: readonly TimelineEvent[];
}[] = [];
const RECENT = 4;

/** The events that pass the country filter and contain every word of the query, order kept. */
export function filterEvents(
  events: readonly TimelineEvent[],
  filter: EventFilter,
): readonly TimelineEvent[] {
  const key = `${filter.countries.join(",")}\u0000${(filter.groups ?? []).join("\u0001")}\u0000${filter.query}`;
  const hit = recent.find((entry) => entry.events === events && entry.key === key);
  if (hit) return hit.result;
  const result = filterUncached(events, filter);
  recent.unshift({ events, key, result });
  recent.length = Math.min(recent.length, RECENT);
  return result;
}

function filterUncached(
  events: readonly TimelineEvent[],
  filter: EventFilter,
): readonly TimelineEvent[] {
  const terms = searchTerms(filter.query);
  const countries = new Set(filter.countries);
  const groups = new Set(filter.groups);
  if (countries.size === 0 && groups.size === 0 && terms.length === 0) return events;
  return events.filter(
    (event) =>
      (countries.size === 0 || event.countries.some((code) => countries.has(code))) &&
      (groups.size === 0 || (event.group !== undefined && groups.has(event.group))) &&
      terms.every((term) => cachedSearchText(event).includes(term)),
  );
}

/** Splits a query into terms; a "quoted phrase" stays one term. */
export function searchTerms(query: string): string[] {
  const normalized = normalizeForSearch(query);
  const terms: string[] = [];
  for (const match of normalized.matchAll(/"([^"]*)"?|(\S+)/g)) {
    const term = (match[1] ?? match[2] ?? "").trim();
    if (term) terms.push(term);
  }
  return terms;
}

export interface CountryCount {
  readonly code: string;
  readonly count: number;
}

/**
 * Every country in the data with its events among those matching the search and the group
 * filter (not the country filter, so choosing one country keeps the others' counts), most
 * first, then by code.
 */
export function countryCounts(
  events: readonly TimelineEvent[],
  query: string,
  groups: readonly string[] = [],
): readonly CountryCount[] {
  const counts = new Map<string, number>();
  for (const event of events) for (const code of event.countries) counts.set(code, 0);
  for (const event of filterEvents(events, { countries: [], groups, query })) {
    for (const code of event.countries) counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  return [...counts]
    .map(([code, count]) => ({ code, count }))
    .sort((a, b) => b.count - a.count || a.code.localeCompare(b.code));
}

export interface GroupCount {
  readonly group: string;
  readonly count: number;
}

/**
 * Every group in the data with its events among those matching the search and the country
 * filter (not the group filter), in the order the groups first appear in time.
 */
export function groupCounts(
  events: readonly TimelineEvent[],
  query: string,
  countries: readonly string[],
): readonly GroupCount[] {
  const counts = new Map<string, number>();
  for (const event of events) if (event.group !== undefined) counts.set(event.group, 0);
  if (counts.size === 0) return [];
  for (const event of filterEvents(events, { countries, query })) {
    if (event.group !== undefined) counts.set(event.group, (counts.get(event.group) ?? 0) + 1);
  }
  return [...counts].map(([group, count]) => ({ group, count }));
}
