import { isHttpAddress } from "./address";
import { FIELD_CAPS, fitAddress, fitText } from "./field-caps";
import { isCountryCode } from "../domain/countries";
import { parseIsoDate, parseIsoDateOrTime } from "../domain/dates";
import { addressProblem, countryProblem, dateProblem, quoted } from "./problem-words";
import { fitQuote, placeQuote, type QuoteContext } from "./place-quote";
import type {
  DatasetWarning,
  EventId,
  Precision,
  Quote,
  TimelineEvent,
  When,
} from "../domain/types";
import type { RawEvent, RawQuote } from "./dataset-schema";
import { countrySet, intern, internList, type SharedValues } from "./shared-values";
import { showControls } from "../domain/bidi";

// One event of a file checked and built (see buildDataset, which builds the whole).

/** What every event's build shares: the source texts, the lists it adds to, values kept once. */
export interface BuildContext extends QuoteContext {
  readonly notices: DatasetWarning[];
  readonly shared: SharedValues;
}

// Where messages point. Written only when there is something to say: building the text for
// every one of 100,000 events would cost more than the checks.
export const eventAt = (index: number, raw: RawEvent) =>
  `events[${index}] "${showControls(raw.id)}"`;
const quoteAt = (index: number, raw: RawEvent, number: number) =>
  `${eventAt(index, raw)}.quotes[${number - 1}]`;

export function buildEvent(
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

export function endBeforeStart(end: string, start: string): string {
  return `${quoted(end)} is before the start ${quoted(start)}: swap them, or mend the one that is wrong`;
}

/** A date at its precision: a time of day only where the precision is "minute". */
export function parseDate(value: string, precision: Precision): number | undefined {
  return precision === "minute" ? parseIsoDateOrTime(value) : parseIsoDate(value);
}
