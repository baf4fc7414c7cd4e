import type { Quote } from "./types";
import { toWellFormedText } from "./well-formed-text";

/** What a text fragment is made of: the quoted words, and the text just before and after them. */
export type FragmentQuote = Pick<Quote, "exact"> & Partial<Pick<Quote, "prefix" | "suffix">>;

// Past this many words a quote is written as its first and last few (the start,end form), so
// the link stays short; the browser highlights everything between them.
const WHOLE_UP_TO = 12;
const END_WORDS = 5;
// Enough of the neighbouring words to tell one occurrence of the quote from another.
const CONTEXT_WORDS = 3;
// Enough text either side to hold those words.
const CONTEXT_CHARS = 60;
// Paragraphs are split as the article pane splits them (quote-segments.ts `paragraphsOf`).
const PARAGRAPH_BREAK = /\n[^\S\n]*\n/;

/**
 * A URL text fragment (`#:~:text=prefix-,start,end,-suffix`, WICG Scroll to Text Fragment) that
 * makes browsers scroll to and highlight the quote in the page at `url`. The words just before
 * and after it pick the right one where the same words occur twice. Total: every string gives a
 * link (a lone surrogate, which `encodeURIComponent` refuses, becomes U+FFFD).
 */
export function textFragmentUrl(url: string, quote: FragmentQuote): string {
  const base = toWellFormedText(url.split("#")[0] ?? url);
  return `${base}#:~:text=${textDirective(quote)}`;
}

/**
 * The quote with its prefix and suffix read afresh from the source text when it is there: a
 * stored context may be short, or cut mid-word at the text's edge where nothing says so. A
 * context that reaches the edge is marked by a paragraph break, so its outer word counts whole.
 */
export function withTextContext(
  text: string,
  quote: FragmentQuote & Pick<Quote, "start" | "end">,
): FragmentQuote {
  const { exact, start, end } = quote;
  if (text.slice(start, end) !== exact || exact === "") return quote;
  const from = start - CONTEXT_CHARS;
  const to = end + CONTEXT_CHARS;
  return {
    exact,
    prefix: from <= 0 ? `\n\n${text.slice(0, start)}` : text.slice(from, start),
    suffix: to >= text.length ? `${text.slice(end)}\n\n` : text.slice(end, to),
  };
}

/** The value of the `text=` directive for the quote: its words, with the words around them. */
export function textDirective({ exact, prefix = "", suffix = "" }: FragmentQuote): string {
  // A term of the directive is matched within one block of the page (a paragraph), so a quote
  // that runs over a blank line (our texts' paragraph break) is written as its start and end.
  const lines = linesOf(exact);
  const words = lines.flat();
  const first = lines[0] ?? [];
  const last = lines[lines.length - 1] ?? [];
  const text =
    lines.length > 1 || words.length > WHOLE_UP_TO
      ? `${part(first.slice(0, END_WORDS))},${part(last.slice(-END_WORDS))}`
      : part(words);
  const before = contextBefore(prefix);
  const after = contextAfter(suffix);
  return `${before.length ? `${part(before)}-,` : ""}${text}${after.length ? `,-${part(after)}` : ""}`;
}

/** The last few whole words before the quote, from its own paragraph or the one before. */
function contextBefore(prefix: string): string[] {
  const lines = prefix.split(PARAGRAPH_BREAK);
  const at = lastIndexWhere(lines, (line) => line.trim() !== "");
  if (at < 0) return [];
  const words = wordsOf(lines[at] ?? "");
  // The stored prefix is cut at a fixed length: its first word may be the tail of a longer one.
  const cut = at === 0 && !/^\s/.test(prefix);
  return (cut ? words.slice(1) : words).slice(-CONTEXT_WORDS);
}

/** The first few whole words after the quote, from its own paragraph or the one after. */
function contextAfter(suffix: string): string[] {
  const lines = suffix.split(PARAGRAPH_BREAK);
  const at = lines.findIndex((line) => line.trim() !== "");
  if (at < 0) return [];
  const words = wordsOf(lines[at] ?? "");
  const cut = at === lines.length - 1 && !/\s$/.test(suffix);
  return (cut ? words.slice(0, -1) : words).slice(0, CONTEXT_WORDS);
}

function linesOf(text: string): string[][] {
  return text
    .split(PARAGRAPH_BREAK)
    .map(wordsOf)
    .filter((words) => words.length > 0);
}

function wordsOf(text: string): string[] {
  const trimmed = toWellFormedText(text).trim();
  return trimmed ? trimmed.split(/\s+/) : [];
}

function lastIndexWhere<T>(items: readonly T[], test: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i] as T)) return i;
  return -1;
}

// The text directive reserves "-", "," and "&" as syntax, so they must be percent-encoded too.
function part(words: readonly string[]): string {
  return encodeURIComponent(words.join(" "))
    .replace(/-/g, "%2D")
    .replace(/,/g, "%2C")
    .replace(/&/g, "%26");
}
