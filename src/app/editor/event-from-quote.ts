import type {
  DraftDocument,
  DraftEvent,
  DraftQuote,
  DraftSource,
  DraftWhen,
} from "../../data/draft/draft-document";
import { newEventId } from "../../data/draft/new-draft";
import { suggestDates, type DateSuggestion } from "../../domain/date-phrases";
import { quoteAt, sentenceAround } from "../../domain/passage";
import { whenOfSuggestion } from "../../features/editor/when-values";

/** Words chosen in a source, as offsets into its text (before trimming). */
export interface ChosenWords {
  readonly start: number;
  readonly end: number;
}

const TITLE_WORDS = 10;

/** The quotation the chosen words make: trimmed, never cutting a character, with its context. */
export function quoteFrom(source: DraftSource, words: ChosenWords): DraftQuote | undefined {
  const quote = quoteAt(source.text, words.start, words.end);
  return quote && { sourceId: source.id, ...quote };
}

/**
 * "New event from this quote": an event holding the quotation, titled with its first words,
 * dated by a date phrase inside the quoted words when there is one (the form shows it, and the
 * other suggestions, to check).
 */
export function eventFromQuote(document: DraftDocument, quote: DraftQuote): DraftEvent {
  const title = titleFrom(quote.exact);
  const source = document.sources.find((s) => s.id === quote.sourceId);
  const inside = source ? suggestionsFor(source, [quote]).find((s) => s.inQuote) : undefined;
  return {
    id: newEventId(document, title),
    title,
    summary: "",
    kind: "event",
    countries: [],
    actors: [],
    // Written as the format writes dates: a month is its first day ("2021-08-01").
    when: inside ? whenOfSuggestion(inside.suggestion) : NO_DATE,
    quotes: [quote],
  };
}

const NO_DATE: DraftWhen = {
  start: "",
  precision: "day",
  approximate: false,
  basis: "explicit",
  note: "",
};

/** The dates the words of an event's quotations and their neighbours suggest. */
export function dateSuggestionsOf(
  document: DraftDocument,
  event: DraftEvent,
): readonly DateSuggestion[] {
  const seen = new Set<string>();
  const all: DateSuggestion[] = [];
  for (const quote of event.quotes) {
    const source = document.sources.find((s) => s.id === quote.sourceId);
    if (!source) continue;
    for (const { suggestion } of suggestionsFor(source, [quote])) {
      const key = JSON.stringify(suggestion.when);
      if (seen.has(key)) continue;
      seen.add(key);
      all.push(suggestion);
    }
  }
  return all.slice(0, 8);
}

function suggestionsFor(source: DraftSource, quotes: readonly DraftQuote[]) {
  if (!source.publishedAt) return [];
  return quotes.flatMap((quote) => {
    const around = sentenceAround(source.text, quote.start, quote.end);
    const quoted = { start: quote.start - around.start, end: quote.end - around.start };
    return suggestDates(source.text.slice(around.start, around.end), source.publishedAt, {
      quoted,
    }).map((suggestion) => ({
      suggestion,
      inQuote: suggestion.at.start >= quoted.start && suggestion.at.end <= quoted.end,
    }));
  });
}

/** The first words of a quotation, as a title to start from. */
export function titleFrom(exact: string): string {
  const words = exact.replace(/\s+/g, " ").trim().split(" ");
  const head = words
    .slice(0, TITLE_WORDS)
    .join(" ")
    .replace(/^[“"‘'«]+|[”"’'»,;:.]+$/g, "");
  return words.length > TITLE_WORDS ? `${head}…` : head;
}

/** The kinds the draft's events use, most used first: suggested for a new one. */
export function kindsOf(document: DraftDocument): readonly string[] {
  return byUse(document.events.map((event) => event.kind));
}

/** Names to suggest as actors: the speakers of the event's quotations, then the draft's actors. */
export function actorSuggestionsOf(document: DraftDocument, event: DraftEvent): readonly string[] {
  const speakers = event.quotes.flatMap((quote) => (quote.speaker ? [quote.speaker] : []));
  const others = byUse(document.events.flatMap((e) => [...e.actors, ...speakersOf(e)]));
  return [...new Set([...speakers, ...others])].filter((name) => !event.actors.includes(name));
}

function speakersOf(event: DraftEvent): string[] {
  return event.quotes.flatMap((quote) => (quote.speaker ? [quote.speaker] : []));
}

function byUse(values: readonly string[]): readonly string[] {
  const counts = new Map<string, number>();
  for (const value of values) {
    const trimmed = value.trim();
    if (trimmed) counts.set(trimmed, (counts.get(trimmed) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([v]) => v);
}
