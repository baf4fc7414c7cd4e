import { isHttpAddress } from "./address";
import { FIELD_CAPS, fitAddress, fitText } from "./field-caps";
import { lowerBound } from "../domain/timeline-index";
import { isCountryCode } from "../domain/countries";
import { formatCount } from "../domain/count";
import { parseIsoDate, parseIsoDateOrTime } from "../domain/dates";
import { toWellFormedText } from "../domain/well-formed-text";
import { addressProblem, countryProblem, dateProblem, quoted } from "./problem-words";
import { fitQuote, placeQuote, type QuoteContext } from "./place-quote";
import type {
  Dataset,
  DatasetWarning,
  Era,
  EventId,
  Precision,
  Quote,
  Source,
  TimelineEvent,
  TimeWindow,
  When,
} from "../domain/types";
import type { RawDataset, RawEvent, RawQuote, RawSource } from "./dataset-schema";
import {
  countrySet,
  createSharedValues,
  intern,
  internList,
  type SharedValues,
} from "./shared-values";
import { showControls } from "../domain/bidi";
import type { PlaceByWords } from "./place-quote";
import type { QuoteChecks } from "./quote-checks";

const MAX_WARNINGS = 50;

/**
 * Checks what a schema cannot (unique ids, real dates and countries, quotes that match their
 * source word for word) and builds the domain dataset, or lists every problem found. A quotation
 * without offsets is found by its words with `placeByWords` (see quoteFinderFor); `checks` say
 * which texts changed since they were quoted and re-anchor what strayed (see quoteChecksFor).
 */
export function buildDataset(
  raw: RawDataset,
  texts: ReadonlyMap<string, string>,
  positions?: Positions,
  placeByWords?: PlaceByWords,
  checks?: QuoteChecks,
): { ok: true; dataset: Dataset } | { ok: false; problems: string[] } {
  const problems: string[] = [];
  const warnings: DatasetWarning[] = [];
  // Fields cut to size, listed apart from the quotations that needed attention.
  const notices: DatasetWarning[] = [];
  const sources: Source[] = [];
  const sourceIds = new Map<string, number>();
  raw.sources.forEach((source, index) => {
    const at = `sources[${index}]`;
    const first = sourceIds.get(source.id);
    if (first !== undefined) {
      problems.push(
        `${at}.id: ${quoted(source.id)} is the id of sources[${first}] too: give each source its own id`,
      );
    } else sourceIds.set(source.id, index);
    if (parseIsoDate(source.publishedAt) === undefined) {
      problems.push(`${at}.publishedAt: ${dateProblem(source.publishedAt, "day")}`);
    }
    const url = fitAddress(source.url, () => `${at}.url`, notices);
    if (url && !isHttpAddress(url)) problems.push(`${at}.url: ${addressProblem(url)}`);
    let text = texts.get(source.id) ?? source.text;
    if (text !== undefined && text.length > FIELD_CAPS.sourceText) {
      // Refused, not cut: the quotations point into it, and a cut would lose the words they mark.
      problems.push(
        `${at}.text: is ${formatCount(text.length)} characters long; this app shows source texts up to ${formatCount(FIELD_CAPS.sourceText)}: split it into several sources`,
      );
    } else if (text !== undefined) text = toWellFormedText(text);
    if (text === undefined) {
      problems.push(
        source.textUrl
          ? `${at}.textUrl: the text at ${quoted(source.textUrl)} was not loaded`
          : `${at}: has neither text nor textUrl: give the article's words as "text", or their address as "textUrl"`,
      );
    }
    const { textUrl: _textUrl, text: _text, archiveUrl: _, archivedAt: __, ...rest } = source;
    const title = fitText(source.title, FIELD_CAPS.sourceTitle, () => `${at}.title`, notices);
    if (checks?.changed.has(source.id)) {
      // Said of the source by its title in full, as the reader knows it (not cut as a value is).
      warnings.push({
        kind: "text-changed",
        text: `This source's text has changed since it was quoted: “${showControls(title)}” (${at}); its quotations were checked again against the text loaded now`,
      });
    }
    sources.push({
      ...rest,
      ...(source.textSha256 === undefined ? {} : { textSha256: source.textSha256.toLowerCase() }),
      title,
      publisher: fitText(source.publisher, FIELD_CAPS.publisher, () => `${at}.publisher`, notices),
      url,
      ...archiveOf(source, at, problems, notices),
      text: text ?? "",
    });
  });

  const textsById = new Map(sources.map((source) => [source.id, source.text]));
  // Each id's first event, to name it when another event takes the same id.
  const ids = new Map<string, number>();
  const events: TimelineEvent[] = [];
  const context: BuildContext = {
    texts: textsById,
    sourceIndexes: sourceIds,
    problems,
    warnings,
    notices,
    shared: createSharedValues(),
    placeByWords,
    reanchor: checks?.reanchor,
  };
  raw.events.forEach((rawEvent, i) => {
    const index = positions?.events[i] ?? i;
    const first = ids.get(rawEvent.id);
    if (first !== undefined) {
      problems.push(
        `${eventAt(index, rawEvent)}.id: ${quoted(rawEvent.id)} is the id of events[${first}] too: give each event its own id`,
      );
    } else ids.set(rawEvent.id, index);
    const event = buildEvent(rawEvent, index, context);
    if (event) events.push(event);
  });

  const eras: Era[] = [];
  raw.eras.forEach((era, i) => {
    const at = `eras[${positions?.eras[i] ?? i}]`;
    const start = parseDate(era.start, era.precision);
    const end = parseDate(era.end, era.precision);
    if (start === undefined) problems.push(`${at}.start: ${dateProblem(era.start, era.precision)}`);
    if (end === undefined) problems.push(`${at}.end: ${dateProblem(era.end, era.precision)}`);
    if (start !== undefined && end !== undefined) {
      if (end < start) problems.push(`${at}.end: ${endBeforeStart(era.end, era.start)}`);
      else {
        const title = fitText(era.title, FIELD_CAPS.eraTitle, () => `${at}.title`, notices);
        eras.push({ title, start, end, precision: era.precision });
      }
    }
  });
  eras.sort((a, b) => a.start - b.start || a.end - b.end);

  let initialWindow: TimeWindow | undefined;
  if (raw.initialWindow) {
    const start = parseIsoDate(raw.initialWindow.from);
    const end = parseIsoDate(raw.initialWindow.to);
    if (start === undefined || end === undefined || start >= end) {
      problems.push(
        `initialWindow: ${quoted(raw.initialWindow.from)} to ${quoted(raw.initialWindow.to)} is not a window: give "from" and "to" as dates (YYYY-MM-DD), from before to`,
      );
    } else initialWindow = { start, end };
  }

  if (problems.length > 0) return { ok: false, problems };
  sortEvents(events);
  return {
    ok: true,
    dataset: {
      title: fitText(raw.title, FIELD_CAPS.datasetTitle, () => "title", notices),
      description: fitText(
        raw.description,
        FIELD_CAPS.datasetDescription,
        () => "description",
        notices,
      ),
      sources,
      events,
      eras,
      initialWindow,
      warnings: [
        ...capped(notices, "cut field", "cut fields"),
        ...capped(warnings, "quotation", "quotations"),
      ],
    },
  };
}

/**
 * The source's archived copy, its fields checked as `url` and `publishedAt` are: only those
 * given, so that a source without one has no such keys.
 */
function archiveOf(
  source: RawSource,
  at: string,
  problems: string[],
  notices: DatasetWarning[],
): Pick<Source, "archiveUrl" | "archivedAt"> {
  const archive: { archiveUrl?: string; archivedAt?: string } = {};
  if (source.archiveUrl !== undefined) {
    const url = fitAddress(source.archiveUrl, () => `${at}.archiveUrl`, notices);
    if (url && !isHttpAddress(url)) problems.push(`${at}.archiveUrl: ${addressProblem(url)}`);
    if (url) archive.archiveUrl = url;
  }
  if (source.archivedAt !== undefined) {
    if (parseIsoDate(source.archivedAt) === undefined) {
      problems.push(`${at}.archivedAt: ${dateProblem(source.archivedAt, "day")}`);
    } else archive.archivedAt = source.archivedAt;
  }
  return archive;
}

/**
 * Where each event and era stood in the file, when `raw` holds only the well-formed ones of a
 * file that is not (so that problems still name them by their place in it).
 */
export interface Positions {
  readonly events: readonly number[];
  readonly eras: readonly number[];
}

/** What every event's build shares: the source texts, the lists it adds to, values kept once. */
interface BuildContext extends QuoteContext {
  readonly notices: DatasetWarning[];
  readonly shared: SharedValues;
}

// Where messages point. Written only when there is something to say: building the text for
// every one of 100,000 events would cost more than the checks.
const eventAt = (index: number, raw: RawEvent) => `events[${index}] "${showControls(raw.id)}"`;
const quoteAt = (index: number, raw: RawEvent, number: number) =>
  `${eventAt(index, raw)}.quotes[${number - 1}]`;

function buildEvent(
  raw: RawEvent,
  index: number,
  context: BuildContext,
): TimelineEvent | undefined {
  const { problems, shared } = context;
  const before = problems.length;
  const start = parseDate(raw.when.start, raw.when.precision);
  if (start === undefined) {
    problems.push(
      `${eventAt(index, raw)}.when.start: ${dateProblem(raw.when.start, raw.when.precision)}`,
    );
  }
  const end = raw.when.end === undefined ? undefined : parseDate(raw.when.end, raw.when.precision);
  if (raw.when.end !== undefined && end === undefined) {
    problems.push(
      `${eventAt(index, raw)}.when.end: ${dateProblem(raw.when.end, raw.when.precision)}`,
    );
  }
  if (start !== undefined && end !== undefined && end < start) {
    problems.push(
      `${eventAt(index, raw)}.when.end: ${endBeforeStart(raw.when.end ?? "", raw.when.start)}`,
    );
  }
  const countries = countrySet(raw.countries, shared);
  if (!countries) {
    raw.countries.forEach((code, i) => {
      if (!isCountryCode(code.trim().toUpperCase())) {
        problems.push(`${eventAt(index, raw)}.countries[${i}]: ${countryProblem(code)}`);
      }
    });
  }
  // The file's own list when every quote stands where it says (nearly always): no copy. A quote
  // comes back as it is only when it has offsets that hold its words, so such a list is a Quote[].
  let copy: Quote[] | undefined;
  for (let i = 0; i < raw.quotes.length; i++) {
    const quote = raw.quotes[i] as RawQuote;
    const at = () => quoteAt(index, raw, i + 1);
    const placed = placeQuote(fitQuote(quote, at, context.notices), at, context);
    if (placed === quote && !copy) continue;
    copy ??= raw.quotes.slice(0, i) as Quote[];
    copy.push(placed);
  }
  const quotes = copy ?? (raw.quotes as Quote[]);
  const citation = fitCitation(raw, index, context.notices);
  if (citation?.url && !isHttpAddress(citation.url)) {
    problems.push(`${eventAt(index, raw)}.citation.url: ${addressProblem(citation.url)}`);
  }
  if (problems.length > before || start === undefined || !countries) return undefined;
  const when: { -readonly [K in keyof When]: When[K] } = {
    start,
    precision: raw.when.precision,
    approximate: raw.when.approximate,
    basis: raw.when.basis,
    note: "",
  };
  if (end !== undefined) when.end = end;
  const { notices } = context;
  const at = (field: string) => () => `${eventAt(index, raw)}.${field}`;
  const id = raw.id;
  const title = fitText(raw.title, FIELD_CAPS.eventTitle, at("title"), notices);
  const summary = fitText(raw.summary, FIELD_CAPS.summary, at("summary"), notices);
  const kind = intern(shared, fitText(raw.kind, FIELD_CAPS.kind, at("kind"), notices));
  const actors = internList(
    shared,
    raw.actors.map((actor, i) => fitText(actor, FIELD_CAPS.actor, at(`actors[${i}]`), notices)),
  );
  when.note = intern(shared, fitText(raw.when.note, FIELD_CAPS.dateNote, at("when.note"), notices));
  const event: { -readonly [K in keyof TimelineEvent]: TimelineEvent[K] } = {
    id: id as EventId,
    title,
    summary,
    kind,
    countries,
    actors,
    when,
    quotes,
  };
  // Added only when present, not spread in: spreading makes each of 100,000 events a slower
  // object to build and to read.
  if (raw.group !== undefined) {
    event.group = intern(shared, fitText(raw.group.trim(), FIELD_CAPS.group, at("group"), notices));
  }
  if (citation) event.citation = citation;
  if (raw.displayDate !== undefined) {
    event.displayDate = fitText(
      raw.displayDate,
      FIELD_CAPS.displayDate,
      at("displayDate"),
      notices,
    );
  }
  return event;
}

/** The citation with its fields fitted, or undefined when it says nothing. */
function fitCitation(raw: RawEvent, index: number, notices: DatasetWarning[]) {
  if (!raw.citation) return undefined;
  const at = (field: string) => () => `${eventAt(index, raw)}.citation.${field}`;
  const { title, url, credit } = raw.citation;
  const citation = {
    title: fitText(title, FIELD_CAPS.citationTitle, at("title"), notices),
    url: fitAddress(url, at("url"), notices),
    credit: fitText(credit, FIELD_CAPS.citationCredit, at("credit"), notices),
  };
  return citation.title || citation.url || citation.credit ? citation : undefined;
}

function endBeforeStart(end: string, start: string): string {
  return `${quoted(end)} is before the start ${quoted(start)}: swap them, or mend the one that is wrong`;
}

/** A date at its precision: a time of day only where the precision is "minute". */
function parseDate(value: string, precision: Precision): number | undefined {
  return precision === "minute" ? parseIsoDateOrTime(value) : parseIsoDate(value);
}

/**
 * Sorts into `compareEvents` order without calling it 100,000 × 17 times: events are counted into
 * place by their start (100,000 events start on a few thousand distinct instants), and only runs
 * that start together are sorted by end and id. A list already in order (as our exports are) is
 * only checked.
 */
function sortEvents(events: TimelineEvent[]): void {
  let sorted = true;
  for (let i = 1; i < events.length && sorted; i++) {
    sorted = compareEvents(events[i - 1] as TimelineEvent, events[i] as TimelineEvent) <= 0;
  }
  if (sorted) return;
  const count = events.length;
  const starts = new Float64Array(count);
  for (let i = 0; i < count; i++) starts[i] = (events[i] as TimelineEvent).when.start;
  // The distinct starts in order (a typed array sorts numerically, natively).
  const distinct = starts.slice().sort();
  let kinds = 0;
  for (let i = 0; i < count; i++) {
    const value = distinct[i] as number;
    if (kinds === 0 || value !== distinct[kinds - 1]) distinct[kinds++] = value;
  }
  const values = distinct.subarray(0, kinds);
  // A counting sort by the start's rank: stable, in two passes.
  const rank = new Uint32Array(count);
  const next = new Uint32Array(kinds + 1);
  for (let i = 0; i < count; i++) {
    const r = lowerBound(values, starts[i] as number);
    rank[i] = r;
    next[r + 1] = (next[r + 1] as number) + 1;
  }
  for (let r = 1; r <= kinds; r++) next[r] = (next[r] as number) + (next[r - 1] as number);
  const order: TimelineEvent[] = new Array<TimelineEvent>(count);
  for (let i = 0; i < count; i++) {
    const r = rank[i] as number;
    order[next[r] as number] = events[i] as TimelineEvent;
    next[r] = (next[r] as number) + 1;
  }
  // Events that start together, by end and then id.
  for (let from = 0; from < count;) {
    const start = (order[from] as TimelineEvent).when.start;
    let to = from + 1;
    while (to < count && (order[to] as TimelineEvent).when.start === start) to++;
    if (to - from > 1) {
      const run = order.slice(from, to).sort(compareEvents);
      for (let i = from; i < to; i++) order[i] = run[i - from] as TimelineEvent;
    }
    from = to;
  }
  for (let i = 0; i < count; i++) events[i] = order[i] as TimelineEvent;
}

/** Date order: start, then end, then id, so the order is the same on every load. */
export function compareEvents(a: TimelineEvent, b: TimelineEvent): number {
  return (
    a.when.start - b.when.start ||
    (a.when.end ?? a.when.start) - (b.when.end ?? b.when.start) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

function capped(warnings: DatasetWarning[], one: string, many: string): DatasetWarning[] {
  if (warnings.length <= MAX_WARNINGS) return warnings;
  const rest = warnings.length - MAX_WARNINGS;
  return [
    ...warnings.slice(0, MAX_WARNINGS),
    { kind: "unlisted", text: `…and ${rest} more ${rest === 1 ? one : many}, not listed` },
  ];
}
