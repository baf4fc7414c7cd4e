import type {
  Citation,
  EventId,
  Precision,
  Quote,
  QuoteAnchoring,
  TimelineEvent,
  When,
} from "../domain/types";

/**
 * A batch of built events as columns, for the trip from the reading Worker to the page. A
 * structured clone of event objects costs both threads about a second per 100,000 events (five
 * objects and a dozen strings each) and copies every repeated value apart; columns cross as a few
 * arrays, the numbers as typed arrays handed over, and each repeated value (a kind, a country
 * list, an actor, a date note) once for the whole dataset, in the tables both sides keep.
 */
export interface EventsWire {
  /** Strings first used by this batch: the next numbers of the string table. */
  readonly newStrings: readonly string[];
  /** Lists first used by this batch, as string numbers: the next numbers of the list table. */
  readonly newLists: readonly (readonly number[])[];
  readonly ids: readonly string[];
  readonly titles: readonly string[];
  /** Empty when the Worker keeps the summaries (see SUMMARIES_IN_PAGE_UP_TO): each is "". */
  readonly summaries: readonly string[];
  /** String numbers. */
  readonly kinds: Uint32Array;
  /** List numbers. */
  readonly countries: Uint32Array;
  readonly actors: Uint32Array;
  readonly starts: Float64Array;
  /** NaN where an event has no end. */
  readonly ends: Float64Array;
  /** String numbers of each event's precision, basis and note, three per event. */
  readonly whens: Uint32Array;
  readonly approximate: Uint8Array;
  /** 0 where there is none, else the string number + 1 (as for every optional value). */
  readonly groups: Uint32Array;
  readonly displayDates: readonly (string | null)[];
  readonly citationTitles: readonly (string | null)[];
  readonly citationUrls: readonly (string | null)[];
  readonly citationCredits: Uint32Array;
  /** How many quotations each event has; theirs follow one another in the quotation columns. */
  readonly quoteCounts: Uint32Array;
  readonly quoteSources: Uint32Array;
  readonly quoteExacts: readonly string[];
  readonly quoteStarts: Float64Array;
  readonly quoteEnds: Float64Array;
  readonly quotePrefixes: readonly string[];
  readonly quoteSuffixes: readonly string[];
  readonly quoteSpeakers: Uint32Array;
  readonly quoteMissing: Uint8Array;
  /** 0 exact (or missing), 1 moved, 2 approximate (its details next in `approximations`). */
  readonly quoteAnchorings: Uint8Array;
  /** The approximate quotations' anchorings, in quotation order: few, so kept as objects. */
  readonly approximations: readonly Extract<QuoteAnchoring, { status: "approximate" }>[];
}

/** The typed arrays of a batch, to hand over rather than copy. */
export function wireTransfer(wire: EventsWire): ArrayBuffer[] {
  return [
    wire.kinds,
    wire.countries,
    wire.actors,
    wire.starts,
    wire.ends,
    wire.whens,
    wire.approximate,
    wire.groups,
    wire.citationCredits,
    wire.quoteCounts,
    wire.quoteSources,
    wire.quoteStarts,
    wire.quoteEnds,
    wire.quoteSpeakers,
    wire.quoteMissing,
    wire.quoteAnchorings,
  ].map((array) => array.buffer as ArrayBuffer);
}

/**
 * The Worker's side: turns batches of events, in order, into columns, numbering every repeated
 * value once across the batches. Lists are numbered by identity: the build shares one array per
 * distinct list (see shared-values.ts).
 */
export function eventsEncoder({
  summaries: withSummaries = true,
}: { readonly summaries?: boolean } = {}): (events: readonly TimelineEvent[]) => EventsWire {
  const strings = new Map<string, number>();
  const lists = new Map<readonly string[], number>();
  return (events) => {
    const newStrings: string[] = [];
    const newLists: number[][] = [];
    const string = (value: string) => {
      let number = strings.get(value);
      if (number === undefined) {
        number = strings.size;
        strings.set(value, number);
        newStrings.push(value);
      }
      return number;
    };
    const optional = (value: string | undefined) => (value === undefined ? 0 : string(value) + 1);
    const list = (values: readonly string[]) => {
      let number = lists.get(values);
      if (number === undefined) {
        number = lists.size;
        lists.set(values, number);
        newLists.push(values.map(string));
      }
      return number;
    };
    const count = events.length;
    const quoteCount = events.reduce((sum, event) => sum + event.quotes.length, 0);
    const wire = {
      newStrings,
      newLists,
      ids: new Array<string>(count),
      titles: new Array<string>(count),
      summaries: new Array<string>(withSummaries ? count : 0),
      kinds: new Uint32Array(count),
      countries: new Uint32Array(count),
      actors: new Uint32Array(count),
      starts: new Float64Array(count),
      ends: new Float64Array(count),
      whens: new Uint32Array(3 * count),
      approximate: new Uint8Array(count),
      groups: new Uint32Array(count),
      displayDates: new Array<string | null>(count),
      citationTitles: new Array<string | null>(count),
      citationUrls: new Array<string | null>(count),
      citationCredits: new Uint32Array(count),
      quoteCounts: new Uint32Array(count),
      quoteSources: new Uint32Array(quoteCount),
      quoteExacts: new Array<string>(quoteCount),
      quoteStarts: new Float64Array(quoteCount),
      quoteEnds: new Float64Array(quoteCount),
      quotePrefixes: new Array<string>(quoteCount),
      quoteSuffixes: new Array<string>(quoteCount),
      quoteSpeakers: new Uint32Array(quoteCount),
      quoteMissing: new Uint8Array(quoteCount),
      quoteAnchorings: new Uint8Array(quoteCount),
      approximations: [] as Extract<QuoteAnchoring, { status: "approximate" }>[],
    };
    let q = 0;
    for (let i = 0; i < count; i++) {
      const event = events[i] as TimelineEvent;
      const { when, citation } = event;
      wire.ids[i] = event.id;
      wire.titles[i] = event.title;
      if (withSummaries) wire.summaries[i] = event.summary;
      wire.kinds[i] = string(event.kind);
      wire.countries[i] = list(event.countries);
      wire.actors[i] = list(event.actors);
      wire.starts[i] = when.start;
      wire.ends[i] = when.end ?? NaN;
      wire.whens[3 * i] = string(when.precision);
      wire.whens[3 * i + 1] = string(when.basis);
      wire.whens[3 * i + 2] = string(when.note);
      wire.approximate[i] = when.approximate ? 1 : 0;
      wire.groups[i] = optional(event.group);
      wire.displayDates[i] = event.displayDate ?? null;
      wire.citationTitles[i] = citation ? citation.title : null;
      wire.citationUrls[i] = citation ? citation.url : null;
      wire.citationCredits[i] = optional(citation?.credit);
      wire.quoteCounts[i] = event.quotes.length;
      for (const quote of event.quotes) {
        wire.quoteSources[q] = string(quote.sourceId);
        wire.quoteExacts[q] = quote.exact;
        wire.quoteStarts[q] = quote.start;
        wire.quoteEnds[q] = quote.end;
        wire.quotePrefixes[q] = quote.prefix;
        wire.quoteSuffixes[q] = quote.suffix;
        wire.quoteSpeakers[q] = optional(quote.speaker);
        wire.quoteMissing[q] = quote.missing ? 1 : 0;
        const { anchoring } = quote;
        if (anchoring?.status === "approximate") wire.approximations.push(anchoring);
        wire.quoteAnchorings[q] = anchoring ? ANCHORING_CODES[anchoring.status] : 0;
        q++;
      }
    }
    return wire;
  };
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

const ANCHORING_CODES = { moved: 1, approximate: 2 } as const;
const MOVED: QuoteAnchoring = Object.freeze({ status: "moved" });

/**
 * The page's side: turns the batches back into events, in order, each repeated value one string
 * and each list one frozen array for all of them, as the build had made them.
 */
export function eventsDecoder(): (wire: EventsWire) => TimelineEvent[] {
  const strings: string[] = [];
  const lists: (readonly string[])[] = [];
  return (wire) => {
    for (const value of wire.newStrings) strings.push(value);
    for (const numbers of wire.newLists) {
      lists.push(Object.freeze(numbers.map((number) => strings[number] as string)));
    }
    const string = (number: number) => strings[number] as string;
    const list = (number: number) => lists[number] as readonly string[];
    const count = wire.ids.length;
    const events = new Array<TimelineEvent>(count);
    let q = 0;
    let approximation = 0;
    for (let i = 0; i < count; i++) {
      // Built field by field in the order the build writes them, so every event has one shape.
      const when: Mutable<When> = {
        start: wire.starts[i] as number,
        precision: string(wire.whens[3 * i] as number) as Precision,
        approximate: wire.approximate[i] === 1,
        basis: string(wire.whens[3 * i + 1] as number) as When["basis"],
        note: string(wire.whens[3 * i + 2] as number),
      };
      const end = wire.ends[i] as number;
      if (!Number.isNaN(end)) when.end = end;
      const quotes = new Array<Quote>(wire.quoteCounts[i] as number);
      for (let k = 0; k < quotes.length; k++, q++) {
        const quote: Mutable<Quote> = {
          sourceId: string(wire.quoteSources[q] as number),
          exact: wire.quoteExacts[q] as string,
          start: wire.quoteStarts[q] as number,
          end: wire.quoteEnds[q] as number,
          prefix: wire.quotePrefixes[q] as string,
          suffix: wire.quoteSuffixes[q] as string,
        };
        const speaker = wire.quoteSpeakers[q] as number;
        if (speaker > 0) quote.speaker = string(speaker - 1);
        if (wire.quoteMissing[q] === 1) quote.missing = true;
        const anchoring = wire.quoteAnchorings[q];
        if (anchoring === ANCHORING_CODES.moved) quote.anchoring = MOVED;
        else if (anchoring === ANCHORING_CODES.approximate) {
          quote.anchoring = wire.approximations[approximation++];
        }
        quotes[k] = quote;
      }
      const event: Mutable<TimelineEvent> = {
        id: wire.ids[i] as EventId,
        title: wire.titles[i] as string,
        summary: wire.summaries[i] ?? "",
        kind: string(wire.kinds[i] as number),
        countries: list(wire.countries[i] as number),
        actors: list(wire.actors[i] as number),
        when,
        quotes,
      };
      const group = wire.groups[i] as number;
      if (group > 0) event.group = string(group - 1);
      const citationTitle = wire.citationTitles[i];
      if (citationTitle !== null && citationTitle !== undefined) {
        const credit = wire.citationCredits[i] as number;
        const citation: Citation = {
          title: citationTitle,
          url: wire.citationUrls[i] ?? "",
          credit: credit > 0 ? string(credit - 1) : "",
        };
        event.citation = citation;
      }
      const displayDate = wire.displayDates[i];
      if (displayDate !== null && displayDate !== undefined) event.displayDate = displayDate;
      events[i] = event;
    }
    return events;
  };
}
