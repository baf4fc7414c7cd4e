import { contextScores } from "./context-match";
import { occurrences } from "./occurrences";
import type { Quote } from "./types";

/** Where a quotation given by its words alone stands in its source, or why it stands nowhere. */
export type QuoteFinding =
  | { readonly status: "found"; readonly start: number; readonly end: number }
  /** `count` places hold the words; `tied` of them fit the prefix and suffix equally best. */
  | { readonly status: "repeated"; readonly count: number; readonly tied: number }
  | { readonly status: "missing" };

/** The shape of `findQuote`, for code that is handed it rather than importing it. */
export type FindQuote = typeof findQuote;

/**
 * Finds a quotation that has no offsets (a TextQuoteSelector): the one place its words stand, or
 * the one place among several whose text best fits its prefix and suffix. Words found at several
 * places with nothing to choose between them are "repeated", never guessed. Linear in the text.
 */
export function findQuote(
  text: string,
  quote: Pick<Quote, "exact" | "prefix" | "suffix">,
): QuoteFinding {
  const { exact, prefix, suffix } = quote;
  const starts = occurrences(text, exact);
  if (starts.length === 0) return { status: "missing" };
  const count = starts.length;
  if (count === 1) return found(starts[0] as number, exact);
  if (prefix === "" && suffix === "") return { status: "repeated", count, tied: count };
  const scores = contextScores(text, starts, exact.length, prefix, suffix);
  let best = -1;
  let tied = 0;
  let at = 0;
  for (let i = 0; i < count; i++) {
    const score = scores[i] as number;
    if (score > best) {
      best = score;
      tied = 1;
      at = starts[i] as number;
    } else if (score === best) tied++;
  }
  return tied === 1 ? found(at, exact) : { status: "repeated", count, tied };
}

function found(start: number, exact: string): QuoteFinding {
  return { status: "found", start, end: start + exact.length };
}
