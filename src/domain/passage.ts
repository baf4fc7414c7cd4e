import { paragraphsOf } from "./quote-segments";
import { clamp, isSpaceCode, textAfter, textBefore, trimToWords } from "./passage-text";

export { findPassage, type PassageMatch, type PassageSearch } from "./passage-find";

/** A quotation made from chosen words: offsets into the source text, with its context. */
export interface QuoteSpan {
  readonly start: number;
  readonly end: number;
  readonly exact: string;
  readonly prefix: string;
  readonly suffix: string;
}

/** How much context a quotation keeps either side, to be found again if the text changes. */
export const QUOTE_CONTEXT = 32;

/** Turns a selected range of the source text into a quotation (undefined for only whitespace). */
export function quoteAt(text: string, start: number, end: number): QuoteSpan | undefined {
  const words = trimToWords(text, start, end);
  if (!words) return undefined;
  return {
    ...words,
    exact: text.slice(words.start, words.end),
    prefix: textBefore(text, words.start, QUOTE_CONTEXT),
    suffix: textAfter(text, words.end, QUOTE_CONTEXT),
  };
}

let sentences: Intl.Segmenter | undefined;
const sentenceSegmenter = () =>
  (sentences ??= new Intl.Segmenter("en", { granularity: "sentence" }));

/**
 * The sentence(s) holding text[start, end), with `neighbours` more sentences either side, never
 * reaching past the paragraphs the range touches: the words a date in the quotation's
 * surroundings is read from.
 */
export function sentenceAround(
  text: string,
  start: number,
  end: number,
  neighbours = 1,
): { start: number; end: number } {
  const from = clamp(Math.min(start, end), text.length);
  const to = clamp(Math.max(start, end), text.length);
  const touched = paragraphsOf(text).filter(
    (p) => p.start < Math.max(to, from + 1) && p.end > from,
  );
  const first = touched[0];
  const last = touched.at(-1);
  if (!first || !last) return { start: from, end: to };
  const before = sentencesOf(text, first.start, first.end);
  const after = last === first ? before : sentencesOf(text, last.start, last.end);
  const startIndex = Math.max(0, lastIndex(before, (s) => s.start <= from) - neighbours);
  // A range ending in the blank line after its last paragraph ends with that paragraph.
  const holding = after.findIndex((s) => s.end >= to);
  const endIndex = Math.min(after.length - 1, (holding < 0 ? after.length : holding) + neighbours);
  const head = before[startIndex] ?? first;
  const tail = after[endIndex] ?? last;
  let stop = Math.max(tail.end, to);
  while (stop > head.start && isSpaceCode(text.charCodeAt(stop - 1)) && stop > to) stop--;
  return { start: Math.min(head.start, from), end: stop };
}

function sentencesOf(text: string, from: number, to: number): { start: number; end: number }[] {
  return [...sentenceSegmenter().segment(text.slice(from, to))].map((s) => ({
    start: from + s.index,
    end: from + s.index + s.segment.length,
  }));
}

function lastIndex<T>(items: readonly T[], test: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i] as T)) return i;
  return 0;
}
