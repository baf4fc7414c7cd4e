import approxSearch from "approx-string-match";
import diff from "fast-diff";
import { anchorQuote, whole } from "./anchor";
import type { Quote, TextChange } from "./types";

export type { TextChange };

/** Where a quotation stands in a source text that may have changed since it was made. */
export type Reanchoring =
  /** Its offsets still hold its words. */
  | { readonly status: "exact"; readonly start: number; readonly end: number }
  /** Its words, unchanged, stand elsewhere (chosen among repeats by prefix, suffix, nearness). */
  | { readonly status: "moved"; readonly start: number; readonly end: number }
  /** Words close to it stand here, differing as `changes` say: never to be shown as exact. */
  | {
      readonly status: "approximate";
      readonly start: number;
      readonly end: number;
      readonly errors: number;
      /** 0–1: the quotation's, prefix's, suffix's and position's likeness, weighted. */
      readonly score: number;
      readonly changes: readonly TextChange[];
    }
  | { readonly status: "missing" };

/**
 * At most this share of a quotation's characters may differ (inserted, deleted or replaced) for
 * an approximate match: a word mended or quotation marks straightened are a few characters of a
 * sentence, a sentence rewritten is not the same quotation. Quotations shorter than five
 * characters are never matched approximately.
 */
export const MAX_ERROR_SHARE = 0.2;

/**
 * The least weighted likeness (see `score`) an approximate match needs. A quotation 20 % changed
 * whose prefix and suffix are found beside it scores about 0.89; the same words with neither
 * found beside them, about 0.6 (other words that happen to look alike): those are "not found".
 */
export const MIN_SCORE = 0.75;

// As Hypothesis weighs its candidates (match-quote.ts): the words most, then their context, and
// the distance from the old place only to break ties.
const QUOTE_WEIGHT = 50;
const CONTEXT_WEIGHT = 20;
const POSITION_WEIGHT = 2;
/** What a missing prefix or suffix counts for: neither for nor against the match. */
const NO_CONTEXT = 0.5;

/**
 * Re-anchors a quotation in a source text, as a careful annotation tool does: its offsets if they
 * still hold its words; else the same words nearby, chosen by prefix and suffix; else the closest
 * words within `MAX_ERROR_SHARE` errors, if their likeness with the context reaches `MIN_SCORE`;
 * else missing, rather than other words.
 */
export function reanchorQuote(
  text: string,
  quote: Pick<Quote, "exact" | "start" | "end" | "prefix" | "suffix">,
): Reanchoring {
  const anchored = anchorQuote(text, quote);
  if (anchored.status !== "missing") return anchored;
  const { exact } = quote;
  const maxErrors = Math.floor(exact.length * MAX_ERROR_SHARE);
  if (maxErrors < 1) return anchored;
  let best: Extract<Reanchoring, { status: "approximate" }> | undefined;
  for (const match of approxSearch(text, exact, maxErrors)) {
    if (!whole(text, match.start, match.end)) continue;
    const score = scoreOf(text, quote, match);
    if (!best || score > best.score) {
      const { start, end, errors } = match;
      best = { status: "approximate", start, end, errors, score, changes: [] };
    }
  }
  if (!best || best.score < MIN_SCORE) return { status: "missing" };
  return { ...best, changes: changesBetween(exact, text.slice(best.start, best.end)) };
}

function scoreOf(
  text: string,
  quote: Pick<Quote, "exact" | "start" | "prefix" | "suffix">,
  match: { start: number; end: number; errors: number },
): number {
  const { exact, prefix, suffix } = quote;
  const before = text.slice(Math.max(0, match.start - prefix.length), match.start);
  const after = text.slice(match.end, match.end + suffix.length);
  const position = 1 - Math.abs(match.start - quote.start) / Math.max(text.length, 1);
  const total =
    QUOTE_WEIGHT * (1 - match.errors / exact.length) +
    CONTEXT_WEIGHT * likeness(before, prefix) +
    CONTEXT_WEIGHT * likeness(after, suffix) +
    POSITION_WEIGHT * position;
  return total / (QUOTE_WEIGHT + 2 * CONTEXT_WEIGHT + POSITION_WEIGHT);
}

/** 0–1: how much of `expected` is found in `found` (1 − its fewest errors there ÷ its length). */
function likeness(found: string, expected: string): number {
  if (expected === "") return NO_CONTEXT;
  if (found === "") return 0;
  const [closest] = approxSearch(found, expected, expected.length);
  return closest ? 1 - closest.errors / expected.length : 0;
}

/** The quotation's words against the text's, merged into readable runs (not letter by letter). */
export function changesBetween(quoted: string, found: string): readonly TextChange[] {
  const kinds = { [diff.EQUAL]: "same", [diff.DELETE]: "removed", [diff.INSERT]: "added" } as const;
  return diff(quoted, found, undefined, true).map(([op, part]) => ({
    kind: kinds[op],
    text: part,
  }));
}
