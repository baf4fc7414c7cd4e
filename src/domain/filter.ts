import { countryName } from "./countries";
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

// Each list's search texts, by position: a search reads 100,000 of them, and an array read is
// far cheaper than a lookup keyed by the event.
const searchTextCache = new WeakMap<readonly TimelineEvent[], (string | undefined)[]>();

function searchTextsOf(events: readonly TimelineEvent[]): (string | undefined)[] {
  let texts = searchTextCache.get(events);
  if (!texts) {
    texts = new Array<string | undefined>(events.length);
    searchTextCache.set(events, texts);
  }
  return texts;
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
  const texts = searchTextsOf(events);
  for (let i = from; i < to; i++) texts[i] ??= searchTextOf(events[i] as TimelineEvent);
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
  const texts = searchTextsOf(events);
  return events.filter(
    (event, i) =>
      (countries.size === 0 || event.countries.some((code) => countries.has(code))) &&
      (groups.size === 0 || (event.group !== undefined && groups.has(event.group))) &&
      terms.every((term) => (texts[i] ??= searchTextOf(event)).includes(term)),
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
 * first, then by name.
 */
export function countryCounts(
  events: readonly TimelineEvent[],
  query: string,
  groups: readonly string[] = [],
): readonly CountryCount[] {
  const counts = new Map<string, number>();
  for (const code of facetsOf(events).countries) counts.set(code, 0);
  // Events share their country lists (see data/shared-values): count the lists, then their codes.
  const lists = new Map<readonly string[], number>();
  for (const event of filterEvents(events, { countries: [], groups, query })) {
    lists.set(event.countries, (lists.get(event.countries) ?? 0) + 1);
  }
  for (const [list, times] of lists) {
    for (const code of list) counts.set(code, (counts.get(code) ?? 0) + times);
  }
  return [...counts]
    .map(([code, count]) => ({ code, count }))
    .sort((a, b) => b.count - a.count || byName(a.code, b.code));
}

// Ties are listed as people read them, by name: by code, Egypt (EG) would follow Germany (DE).
function byName(a: string, b: string): number {
  return (countryName(a) ?? a).localeCompare(countryName(b) ?? b, "en") || a.localeCompare(b);
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
  for (const group of facetsOf(events).groups) counts.set(group, 0);
  if (counts.size === 0) return [];
  for (const event of filterEvents(events, { countries, query })) {
    if (event.group !== undefined) counts.set(event.group, (counts.get(event.group) ?? 0) + 1);
  }
  return [...counts].map(([group, count]) => ({ group, count }));
}

export interface Facets {
  readonly countries: readonly string[];
  /** In the order they first appear in time. */
  readonly groups: readonly string[];
}

const facetCache = new WeakMap<readonly TimelineEvent[], Facets>();

/** Every country and group of a dataset's events, found once: a pass over 100,000 events is
 * worth skipping each time the search changes. */
export function facetsOf(events: readonly TimelineEvent[]): Facets {
  let facets = facetCache.get(events);
  if (!facets) {
    const countries = new Set<string>();
    const groups = new Set<string>();
    let lastCountries: readonly string[] | undefined;
    for (const event of events) {
      // Country lists are shared between events (see data/shared-values): skip repeats cheaply.
      if (event.countries !== lastCountries) {
        for (const code of event.countries) countries.add(code);
        lastCountries = event.countries;
      }
      if (event.group !== undefined) groups.add(event.group);
    }
    facets = { countries: [...countries], groups: [...groups] };
    facetCache.set(events, facets);
  }
  return facets;
}
