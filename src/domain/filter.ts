import { countryName } from "./countries";
import { normalizeForSearch, searchTextOf } from "./search";
import type { PreparedIndex } from "./prepared-index";
import { hasEveryTerm, termsKey, type RemoteSearch, type SearchAnswer } from "./remote-search";
import type { Quote, TimelineEvent } from "./types";

export interface EventFilter {
  /** Upper-case ISO alpha-2 codes; an event matches if it involves any of them. */
  readonly countries: readonly string[];
  /** Group names; an event matches if it is in any of them. */
  readonly groups?: readonly string[];
  /** Source ids; an event matches if it quotes any of them. */
  readonly sources?: readonly string[];
  readonly query: string;
}

export const NO_FILTER: EventFilter = { countries: [], query: "" };

/**
 * A list of events with what filtering them needs, worked out once per list: its facets, and
 * its search texts by position (filled as they are needed or warmed in idle time: a search
 * reads 100,000 of them, and an array read is far cheaper than a lookup keyed by the event).
 */
export interface EventSet {
  readonly events: readonly TimelineEvent[];
  readonly facets: Facets;
  readonly searchTexts: (string | undefined)[];
  /** Each source's title and publisher by id, so that a search finds the events quoting it. */
  readonly sourceWords?: ReadonlyMap<string, string>;
  /** Where a large dataset's search is answered (its reading Worker), if elsewhere. */
  readonly remote?: RemoteSearch;
  /**
   * The last few answers: the view is re-derived on every pan frame, the filter rarely
   * changes, and recounting 100,000 events per frame would take most of it.
   */
  readonly recent: {
    readonly filtered: Recent<readonly TimelineEvent[]>;
    readonly countries: Recent<readonly CountryCount[]>;
    readonly groups: Recent<readonly GroupCount[]>;
    readonly sources: Recent<readonly SourceCount[]>;
  };
}

type Recent<T> = { key: string; result: T }[];

// Four answers cover the view's filter and the two facet counts' (each without its own facet).
const RECENT = 4;

function recall<T>(recent: Recent<T>, key: string, work: () => T): T {
  const hit = recent.find((entry) => entry.key === key);
  if (hit) return hit.result;
  const result = work();
  recent.unshift({ key, result });
  recent.length = Math.min(recent.length, RECENT);
  return result;
}

/** A filter as a key: codes, names and ids never hold the control characters between them. */
function keyOf(
  countries: readonly string[],
  groups: readonly string[],
  /** The search's terms (see searchedBy), not the query as typed: "Kabul" finds what "kabul" does. */
  query: string,
  sources: readonly string[] = [],
): string {
  return `${countries.join(",")}\u0000${groups.join("\u0001")}\u0000${sources.join("\u0001")}\u0000${query}`;
}

/**
 * `prepared`: the facets worked out as the events arrived and the search that holds their texts
 * (see prepared-index.ts), used only if they are these events'.
 */
export function indexEvents(
  events: readonly TimelineEvent[],
  prepared?: PreparedIndex,
  sourceWords?: ReadonlyMap<string, string>,
): EventSet {
  const ours = prepared?.events === events ? prepared : undefined;
  return {
    events,
    ...(sourceWords && { sourceWords }),
    facets: ours?.facets ?? facetsOf(events),
    searchTexts: new Array<string | undefined>(events.length),
    ...(ours?.search && { remote: ours.search }),
    recent: { filtered: [], countries: [], groups: [], sources: [] },
  };
}

/**
 * Works out the search text of `count` events from `from` ahead of the first search, so typing
 * never waits for 100,000 of them at once. Returns where to carry on.
 */
export function warmSearchText(set: EventSet, from: number, count: number): number {
  const { events, searchTexts } = set;
  const to = Math.min(from + count, events.length);
  for (let i = from; i < to; i++) {
    searchTexts[i] ??= searchTextOf(events[i] as TimelineEvent, set.sourceWords);
  }
  return to;
}

/** Whether the filter narrows anything. */
export function isFiltering(filter: EventFilter): boolean {
  return (
    filter.countries.length > 0 ||
    (filter.groups?.length ?? 0) > 0 ||
    (filter.sources?.length ?? 0) > 0 ||
    searchTerms(filter.query).length > 0
  );
}

/**
 * The remote search's answer for a query, if the set has one and the query has terms. While it
 * is pending, filtering uses the latest answer that came, and the view says it is searching.
 */
function remoteAnswer(set: EventSet, terms: readonly string[]): SearchAnswer | undefined {
  return terms.length > 0 ? set.remote?.answer(terms) : undefined;
}

/** Whether the query's words are still being searched for (by a large dataset's Worker). */
export function searchPending(set: EventSet, query: string): boolean {
  return remoteAnswer(set, searchTerms(query))?.final === false;
}

/**
 * What a query searches by, as far as is known now: its terms and the remote answer for them;
 * or, while that answer is on its way, the latest answer's terms and matches (none yet: no
 * search), so that the view meanwhile is the one already worked out, found again by its key.
 */
function searchedBy(
  set: EventSet,
  query: string,
): { terms: readonly string[]; answer: SearchAnswer | undefined; key: string } {
  const terms = searchTerms(query);
  const answer = remoteAnswer(set, terms);
  if (!answer || answer.final) return { terms, answer, key: termsKey(terms) };
  if (!answer.matches) return { terms: [], answer: undefined, key: "" };
  return { terms: answer.terms, answer, key: termsKey(answer.terms) };
}

/** The events that pass the country filter and contain every word of the query, order kept. */
export function filterEvents(set: EventSet, filter: EventFilter): readonly TimelineEvent[] {
  const { terms, answer, key: searched } = searchedBy(set, filter.query);
  const key = keyOf(filter.countries, filter.groups ?? [], searched, filter.sources);
  return recall(set.recent.filtered, key, () => filterUncached(set, filter, terms, answer));
}

function filterUncached(
  set: EventSet,
  filter: EventFilter,
  terms: readonly string[],
  answer: SearchAnswer | undefined,
): readonly TimelineEvent[] {
  const { events, searchTexts: texts } = set;
  const countries = new Set(filter.countries);
  const groups = new Set(filter.groups);
  const sources = new Set(filter.sources);
  if (countries.size === 0 && groups.size === 0 && sources.size === 0 && terms.length === 0) {
    return events;
  }
  // Events share their country lists (see data/shared-values): each list is checked once, then
  // told by identity, which at a million events is several times faster than checking codes.
  const lists = new Map<readonly string[], boolean>();
  const inCountries = (list: readonly string[]) => {
    let known = lists.get(list);
    if (known === undefined) {
      known = list.some((code) => countries.has(code));
      lists.set(list, known);
    }
    return known;
  };
  const out: TimelineEvent[] = [];
  for (let i = 0; i < events.length; i++) {
    const event = events[i] as TimelineEvent;
    if (countries.size > 0 && !inCountries(event.countries)) continue;
    if (groups.size > 0 && (event.group === undefined || !groups.has(event.group))) continue;
    if (sources.size > 0 && !event.quotes.some((quote) => sources.has(quote.sourceId))) continue;
    if (answer) {
      // Pending before any answer came: nothing is narrowed yet.
      if (answer.matches && answer.matches[i] !== 1) continue;
    } else if (terms.length > 0) {
      const text = (texts[i] ??= searchTextOf(event, set.sourceWords));
      if (!hasEveryTerm(text, terms)) continue;
    }
    out.push(event);
  }
  return out;
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
  set: EventSet,
  query: string,
  groups: readonly string[] = [],
  sources: readonly string[] = [],
): readonly CountryCount[] {
  const key = keyOf([], groups, searchedBy(set, query).key, sources);
  return recall(set.recent.countries, key, () => countCountries(set, query, groups, sources));
}

function countCountries(
  set: EventSet,
  query: string,
  groups: readonly string[],
  sources: readonly string[],
): readonly CountryCount[] {
  const filter = { countries: [], groups, sources, query };
  const counts = new Map<string, number>();
  for (const code of set.facets.countries) counts.set(code, 0);
  if (!isFiltering(filter)) {
    for (const [code, count] of set.facets.countryTotals) counts.set(code, count);
  } else {
    // Events share their country lists (see data/shared-values): count the lists, then codes.
    const lists = new Map<readonly string[], number>();
    for (const event of filterEvents(set, filter)) {
      lists.set(event.countries, (lists.get(event.countries) ?? 0) + 1);
    }
    for (const [list, times] of lists) {
      for (const code of list) counts.set(code, (counts.get(code) ?? 0) + times);
    }
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
  set: EventSet,
  query: string,
  countries: readonly string[],
  sources: readonly string[] = [],
): readonly GroupCount[] {
  const key = keyOf(countries, [], searchedBy(set, query).key, sources);
  return recall(set.recent.groups, key, () => countGroups(set, query, countries, sources));
}

function countGroups(
  set: EventSet,
  query: string,
  countries: readonly string[],
  sources: readonly string[],
): readonly GroupCount[] {
  const filter = { countries, sources, query };
  if (!isFiltering(filter)) {
    return [...set.facets.groupTotals].map(([group, count]) => ({ group, count }));
  }
  const counts = new Map<string, number>();
  for (const group of set.facets.groups) counts.set(group, 0);
  if (counts.size === 0) return [];
  for (const event of filterEvents(set, filter)) {
    if (event.group !== undefined) counts.set(event.group, (counts.get(event.group) ?? 0) + 1);
  }
  return [...counts].map(([group, count]) => ({ group, count }));
}

export interface SourceCount {
  readonly sourceId: string;
  readonly count: number;
}

const NO_SOURCE_COUNTS: readonly SourceCount[] = [];

/**
 * Each of `sourceIds` (the dataset's sources, in its order) with how many events quote it among
 * those matching the search and the country and group filters (not the source filter).
 */
export function sourceCounts(
  set: EventSet,
  sourceIds: readonly string[],
  filter: Omit<EventFilter, "sources">,
): readonly SourceCount[] {
  // A dataset quoting no source (an ACLED export's) has none to count: not a scan of 1 M events.
  if (sourceIds.length === 0) return NO_SOURCE_COUNTS;
  const { countries, groups = [], query } = filter;
  const key = keyOf(countries, groups, searchedBy(set, query).key);
  return recall(set.recent.sources, key, () => {
    // Unfiltered, the totals gathered with the events (at 100,000 events, counting them in the
    // task that first draws the filters held the page for 40 ms).
    if (!isFiltering({ countries, groups, query })) {
      const totals = set.facets.sourceTotals;
      return sourceIds.map((sourceId) => ({ sourceId, count: totals.get(sourceId) ?? 0 }));
    }
    const counts = new Map<string, number>(sourceIds.map((id) => [id, 0]));
    for (const event of filterEvents(set, { countries, groups, query })) {
      countQuoted(counts, event, false);
    }
    return sourceIds.map((sourceId) => ({ sourceId, count: counts.get(sourceId) ?? 0 }));
  });
}

export interface Facets {
  readonly countries: readonly string[];
  /** In the order they first appear in time. */
  readonly groups: readonly string[];
  /**
   * How many of all the events each country and group has: the counts shown with no filter,
   * gathered as a large dataset's events arrive instead of in the task that first draws them.
   */
  readonly countryTotals: ReadonlyMap<string, number>;
  readonly groupTotals: ReadonlyMap<string, number>;
  /** How many of all the events quote each source, by id (an event quoting it twice once). */
  readonly sourceTotals: ReadonlyMap<string, number>;
}

/**
 * Adds one to each source `event` quotes (once however often it quotes it): to every id, or
 * only to those `counts` already holds (`any` false).
 */
function countQuoted(counts: Map<string, number>, event: TimelineEvent, any: boolean): void {
  const { quotes } = event;
  if (quotes.length === 0) return;
  // Most events quote one source once.
  const quoted =
    quotes.length === 1
      ? [(quotes[0] as Quote).sourceId]
      : new Set(quotes.map((quote) => quote.sourceId));
  for (const id of quoted) {
    const count = counts.get(id);
    if (count !== undefined || any) counts.set(id, (count ?? 0) + 1);
  }
}

/** Every country and group of a list's events, in one pass. */
export function facetsOf(events: readonly TimelineEvent[]): Facets {
  const gathering = gatherFacets();
  addFacets(gathering, events);
  return facetsGathered(gathering);
}

/** Facets gathered a batch of events at a time, as a large dataset's events arrive. */
export interface FacetsGathering {
  /** Events per country list: lists are shared between events (see data/shared-values). */
  readonly lists: Map<readonly string[], number>;
  /** Events per group, in the order the groups first appear. */
  readonly groups: Map<string, number>;
  /** Events quoting each source. */
  readonly sources: Map<string, number>;
}

export function gatherFacets(): FacetsGathering {
  return { lists: new Map(), groups: new Map(), sources: new Map() };
}

/** Adds the next events, in date order (groups are listed in the order they first appear). */
export function addFacets(gathering: FacetsGathering, events: readonly TimelineEvent[]): void {
  const { lists, groups, sources } = gathering;
  for (const event of events) {
    lists.set(event.countries, (lists.get(event.countries) ?? 0) + 1);
    if (event.group !== undefined) groups.set(event.group, (groups.get(event.group) ?? 0) + 1);
    countQuoted(sources, event, true);
  }
}

export function facetsGathered({ lists, groups, sources }: FacetsGathering): Facets {
  const countryTotals = new Map<string, number>();
  for (const [list, times] of lists) {
    for (const code of list) countryTotals.set(code, (countryTotals.get(code) ?? 0) + times);
  }
  return {
    countries: [...countryTotals.keys()],
    groups: [...groups.keys()],
    countryTotals,
    groupTotals: groups,
    sourceTotals: sources,
  };
}
