import type { DateReading } from "./date-phrase-calendar";
import { EXPLICIT_PATTERNS } from "./date-phrase-explicit";
import { dateLabel, dateNote } from "./date-phrase-label";
import { RELATIVE_PATTERNS } from "./date-phrase-relative";
import { formatIsoInstant, parseIsoDate } from "./dates";

export interface DateSuggestion {
  /** The words as the source writes them: "on Thursday", "in April 2017", "last week". */
  readonly phrase: string;
  /** Where the phrase is in the text given (UTF-16 offsets), to show it in context. */
  readonly at: { readonly start: number; readonly end: number };
  /** The button's words: "Thursday → 19 Aug 2021 (counted back from Fri 20 Aug 2021)". */
  readonly label: string;
  /** What choosing it fills in (the draft's date fields, as in DraftWhen). */
  readonly when: {
    /** YYYY-MM-DD, YYYY-MM or YYYY (as the dataset format writes it). */
    readonly start: string;
    readonly end?: string;
    readonly precision: "day" | "month" | "year" | "minute";
    readonly approximate: boolean;
    readonly basis: "explicit" | "relative";
    /** In the dataset's own words: "“on Thursday”, counted back from Fri 20 Aug 2021". */
    readonly note: string;
  };
}

/** How many suggestions a quotation gets at most: a row of buttons, not a list to read. */
export const MAX_DATE_SUGGESTIONS = 8;

const PATTERNS = [...EXPLICIT_PATTERNS, ...RELATIVE_PATTERNS];

interface Found {
  readonly phrase: string;
  readonly start: number;
  readonly end: number;
  readonly reading: DateReading;
}

/** Every date phrase in `text`, leftmost-longest: "19 August 2021" hides its "August 2021". */
function findPhrases(text: string, published: number): Found[] {
  const found: Found[] = [];
  for (const { pattern, read } of PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      const reading = read(match.groups ?? {}, published);
      if (reading === undefined) continue;
      found.push({
        phrase: match[0],
        start: match.index,
        end: match.index + match[0].length,
        reading,
      });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Found[] = [];
  for (const phrase of found) {
    const previous = kept.at(-1);
    if (previous === undefined || phrase.start >= previous.end) kept.push(phrase);
  }
  return kept;
}

const FOUR_DIGIT_DATE = /^\d{4}-\d{2}-\d{2}$/;

// "fifty decades ago" from a publication in 1100 would reach before year 1000.
const hasFourDigitYears = ({ start, end }: DateReading) =>
  [start, end ?? start].every((ms) => ms >= YEAR_1000 && ms < YEAR_10000);
const YEAR_1000 = Date.UTC(1000, 0, 1);
const YEAR_10000 = Date.UTC(10000, 0, 1);

/** A dataset date at its precision: "2021-08-19", "2017-04", "2003". */
function formatAt(ms: number, precision: DateReading["precision"]): string {
  const iso = formatIsoInstant(ms);
  return precision === "day" ? iso : iso.slice(0, precision === "month" ? 7 : 4);
}

/** How far a phrase is from the quotation: 0 inside or overlapping it. */
function distance(phrase: Found, quoted: { start: number; end: number } | undefined): number {
  if (quoted === undefined) return 0;
  // Outside the quotation counts from 1, so that a phrase just before it still comes after those in it.
  if (phrase.end <= quoted.start) return quoted.start - phrase.end + 1;
  if (phrase.start >= quoted.end) return phrase.start - quoted.end + 1;
  return 0;
}

/**
 * The date words in `text` (a quoted sentence and its neighbours) read against the source's
 * publication date (YYYY-MM-DD): phrases in `options.quoted` first, the rest by nearness to it,
 * one per date, at most MAX_DATE_SUGGESTIONS. An unreadable publication date gives none.
 */
export function suggestDates(
  text: string,
  publishedAt: string,
  options: { quoted?: { start: number; end: number } } = {},
): readonly DateSuggestion[] {
  // Dataset dates here are written with four-digit years, so the publication needs one too.
  const published = FOUR_DIGIT_DATE.test(publishedAt) ? parseIsoDate(publishedAt) : undefined;
  if (published === undefined) return [];
  const { quoted } = options;
  const ranked = findPhrases(text, published)
    .map((phrase) => ({ phrase, distance: distance(phrase, quoted) }))
    .sort((a, b) => a.distance - b.distance || a.phrase.start - b.phrase.start);
  const suggestions: DateSuggestion[] = [];
  const seen = new Set<string>();
  for (const { phrase } of ranked) {
    if (!hasFourDigitYears(phrase.reading)) continue;
    const suggestion = toSuggestion(phrase, published);
    const key = JSON.stringify({ ...suggestion.when, note: undefined });
    if (seen.has(key)) continue;
    seen.add(key);
    suggestions.push(suggestion);
    if (suggestions.length === MAX_DATE_SUGGESTIONS) break;
  }
  return suggestions;
}

function toSuggestion({ phrase, start, end, reading }: Found, published: number): DateSuggestion {
  const { precision, approximate, basis } = reading;
  return {
    phrase,
    at: { start, end },
    label: dateLabel(phrase, reading, published),
    when: {
      start: formatAt(reading.start, precision),
      ...(reading.end === undefined ? {} : { end: formatAt(reading.end, precision) }),
      precision,
      approximate,
      basis,
      note: dateNote(phrase, reading, published),
    },
  };
}
