import { showControls } from "../domain/bidi";
import { formatCount } from "../domain/count";
import { findQuote } from "../domain/find-quote";
import type { Quote } from "../domain/types";
import type { RawQuote } from "./dataset-schema";
import type { FieldAt } from "./field-caps";
import { flagMissing, type QuoteContext } from "./place-quote";
import { quoted } from "./problem-words";

// Apart from place-quote.ts, with its messages, so that the built-in view (whose quotations all
// have offsets) loads none of it: see quote-finder.ts.

/** A quotation given by its words alone, found in the text (a W3C TextQuoteSelector). */
export function placeByWords(
  quote: RawQuote,
  text: string,
  at: FieldAt,
  context: QuoteContext,
): Quote {
  const found = findQuote(text, quote);
  if (found.status === "found") return { ...quote, start: found.start, end: found.end };
  // No place to point at: an empty range, which an export leaves out again.
  if (found.status === "missing") return flagMissing({ ...quote, start: 0, end: 0 }, at, context);
  const { count, tied } = found;
  const source = `sources[${context.sourceIndexes.get(quote.sourceId) ?? 0}] "${showControls(quote.sourceId)}"`;
  const appears = `${at()}.exact: ${quoted(quote.exact)} appears ${formatCount(count)} times in ${source}`;
  context.problems.push(
    quote.prefix === "" && quote.suffix === ""
      ? `${appears}: add a prefix or suffix (the words just before or after it) to say which`
      : `${appears}, and its prefix and suffix fit ${tied === count ? "all" : formatCount(tied)} of them equally well: lengthen the prefix or suffix (the words just before or after it) to say which`,
  );
  return { ...quote, start: 0, end: 0 };
}
