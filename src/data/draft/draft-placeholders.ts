import { isCountryCode } from "../../domain/countries";
import { DAY_MS, formatIsoInstant, parseIsoDate, parseIsoDateOrTime } from "../../domain/dates";
import { isEventId } from "../../domain/event-id";
import type { Precision } from "../../domain/types";
import { isHttpAddress } from "../address";
import type { RawDataset, RawEvent, RawSource } from "../dataset-schema";
import { FIELD_CAPS } from "../field-caps";
import type { DraftDocument, DraftEvent, DraftQuote, DraftSource } from "./draft-document";

const PRECISIONS: ReadonlySet<string> = new Set(["minute", "day", "month", "year"]);
const BASES: ReadonlySet<string> = new Set(["explicit", "relative", "inferred", "external"]);

/**
 * The draft as a dataset that always builds: each unfinished value replaced by a placeholder
 * (a title, a date, an address left out), so that the explorer can show a draft while its
 * author is still writing it. What cannot stand in at all (an event whose id is taken or is not
 * an id, a quotation into no source) is left out of the view; the draft's problems name it.
 */
export function withPlaceholders(document: DraftDocument, today: string): RawDataset {
  const sources = keptSources(document.sources, today);
  const published = new Map(sources.map((source) => [source.id, source.publishedAt]));
  const ids = new Set<string>();
  const events: RawEvent[] = [];
  for (const event of document.events) {
    if (!isEventId(event.id) || ids.has(event.id)) continue;
    ids.add(event.id);
    events.push(placeholderEvent(event, published, today));
  }
  return {
    version: 1,
    title: filled(document.title, "Untitled timeline"),
    description: document.description,
    initialWindow: isWindow(document.initialWindow) ? document.initialWindow : undefined,
    sources,
    eras: document.eras.flatMap((era) => {
      const start = parseAt(era.start, era.precision);
      const end = parseAt(era.end, era.precision);
      if (start === undefined || end === undefined || end < start) return [];
      return [
        { ...era, precision: precisionOf(era.precision), title: filled(era.title, "Untitled era") },
      ];
    }),
    events,
  };
}

/** Today's date in UTC (YYYY-MM-DD): where an undated source or event stands meanwhile. */
export function todayUtc(now = Date.now()): string {
  return formatIsoInstant(Math.floor(now / DAY_MS) * DAY_MS);
}

function keptSources(sources: readonly DraftSource[], today: string): RawSource[] {
  const ids = new Set<string>();
  const kept: RawSource[] = [];
  for (const source of sources) {
    if (source.id.trim() === "" || ids.has(source.id)) continue;
    ids.add(source.id);
    const text =
      source.text.length > FIELD_CAPS.sourceText
        ? source.text.slice(0, FIELD_CAPS.sourceText)
        : source.text;
    kept.push({
      id: source.id,
      title: filled(source.title, "Untitled source"),
      publisher: source.publisher,
      url: isHttpAddress(source.url) ? source.url : "",
      publishedAt: parseIsoDate(source.publishedAt) === undefined ? today : source.publishedAt,
      text,
    });
  }
  return kept;
}

function placeholderEvent(
  event: DraftEvent,
  published: ReadonlyMap<string, string>,
  today: string,
): RawEvent {
  const quotes = event.quotes.flatMap((quote) =>
    published.has(quote.sourceId) && isQuote(quote) ? [placeholderQuote(quote)] : [],
  );
  const raw: RawEvent = {
    id: event.id,
    title: filled(event.title, "Untitled event"),
    summary: event.summary,
    kind: filled(event.kind, "event"),
    countries: [
      ...new Set(event.countries.map((code) => code.trim().toUpperCase()).filter(isCountryCode)),
    ],
    actors: event.actors.filter((actor) => actor.trim() !== ""),
    when: placeholderWhen(event, published.get(quotes[0]?.sourceId ?? ""), today),
    quotes,
  };
  if (event.group !== undefined && event.group.trim() !== "") raw.group = event.group;
  if (event.displayDate !== undefined && event.displayDate.trim() !== "") {
    raw.displayDate = event.displayDate;
  }
  if (event.citation) {
    const { url } = event.citation;
    raw.citation = { ...event.citation, url: url === "" || isHttpAddress(url) ? url : "" };
  }
  return raw;
}

function placeholderWhen(
  event: DraftEvent,
  sourceDate: string | undefined,
  today: string,
): RawEvent["when"] {
  const { when } = event;
  const precision = precisionOf(when.precision);
  const basis = BASES.has(when.basis) ? when.basis : "explicit";
  const start = parseAt(when.start, precision);
  if (start === undefined) {
    // Shown where it most likely belongs, and marked as a guess.
    return {
      start: sourceDate ?? today,
      precision: "day",
      approximate: true,
      basis: "inferred",
      note: "date not given yet",
    };
  }
  const end = when.end === undefined ? undefined : parseAt(when.end, precision);
  const placed = {
    start: when.start,
    precision,
    approximate: when.approximate,
    basis,
    note: when.note,
  };
  return end === undefined || end < start ? placed : { ...placed, end: when.end };
}

function placeholderQuote(quote: DraftQuote): RawEvent["quotes"][number] {
  const { sourceId, exact, start, end, prefix, suffix, speaker } = quote;
  return speaker === undefined || speaker.trim() === ""
    ? { sourceId, exact, start, end, prefix, suffix }
    : { sourceId, exact, start, end, prefix, suffix, speaker };
}

function isQuote(quote: DraftQuote): boolean {
  return quote.exact !== "" && isOffset(quote.start) && isOffset(quote.end);
}

function isOffset(value: number): boolean {
  return Number.isInteger(value) && value >= 0;
}

function isWindow(window: DraftDocument["initialWindow"]): window is { from: string; to: string } {
  if (!window) return false;
  const from = parseIsoDate(window.from);
  const to = parseIsoDate(window.to);
  return from !== undefined && to !== undefined && from < to;
}

function precisionOf(precision: string): Precision {
  return PRECISIONS.has(precision) ? (precision as Precision) : "day";
}

function parseAt(value: string, precision: string): number | undefined {
  return precision === "minute" ? parseIsoDateOrTime(value) : parseIsoDate(value);
}

function filled(value: string, placeholder: string): string {
  return value.trim() === "" ? placeholder : value;
}
