import { anchorQuote } from "../domain/anchor";
import type { Reanchoring } from "../domain/reanchor";
import type { DatasetWarning, Quote } from "../domain/types";
import type { RawQuote } from "./dataset-schema";
import { FIELD_CAPS, fitText, type FieldAt } from "./field-caps";
import { quoted } from "./problem-words";

/** What placing a quote needs: the source texts by id, where each source stands, and the lists it adds to. */
/** Places a quotation given by its words alone (see place-by-words.ts). */
export type PlaceByWords = (
  quote: RawQuote,
  text: string,
  at: FieldAt,
  context: QuoteContext,
) => Quote;

export interface QuoteContext {
  readonly texts: ReadonlyMap<string, string>;
  /** Each source id's place in `sources`, to name the source in a message. */
  readonly sourceIndexes: ReadonlyMap<string, number>;
  readonly problems: string[];
  readonly warnings: DatasetWarning[];
  /**
   * Places a quotation given by its words alone. Passed in, not imported: only a dataset with such
   * a quotation needs it, so the built-in view's first load does without it (see quote-finder.ts).
   */
  readonly placeByWords?: PlaceByWords;
  /**
   * Re-anchors a quotation whose offsets fail, approximately if need be. Passed in, like
   * `placeByWords`: only a dataset with a changed text or a quotation astray needs the matcher
   * (see quote-checks.ts); without it, such a quotation is moved or flagged missing.
   */
  readonly reanchor?: Reanchor;
}

/** reanchorQuote's signature (domain/reanchor.ts), without importing its matcher. */
export type Reanchor = (
  text: string,
  quote: Pick<Quote, "exact" | "start" | "end" | "prefix" | "suffix">,
) => Reanchoring;

export type PlacedQuote = RawQuote & { readonly start: number; readonly end: number };

/**
 * The quote placed in its source. With offsets: kept where its words still are, moved to where
 * they are now (the article was re-saved), or flagged missing, with a warning saying which.
 * Without: put where its words are, chosen among repeats by prefix and suffix. Words repeated with
 * nothing to choose by, and a source that is not the dataset's, are problems.
 */
export function placeQuote(given: RawQuote, at: FieldAt, context: QuoteContext): Quote {
  // Our export's `"status": "moved"` is kept: the offsets it gives are where the words were found
  // after they moved, not where they were quoted. The other statuses are worked out afresh.
  const moved = given.status === "moved";
  const quote = given.status === undefined ? given : withoutStatus(given);
  const text = context.texts.get(quote.sourceId);
  if (text === undefined) {
    const known = [...context.texts.keys()].slice(0, 5).map(quoted).join(", ");
    context.problems.push(
      `${at()}.sourceId: ${quoted(quote.sourceId)} is not among the dataset's sources: ${
        known ? `use one of ${known}, or add the source` : 'add the source to "sources"'
      }`,
    );
    return { ...quote, start: quote.start ?? 0, end: quote.end ?? 0 };
  }
  if (!hasOffsets(quote)) return placeByWords(quote, text, at, context);
  const found = (context.reanchor ?? anchorQuote)(text, quote);
  if (found.status === "exact") return moved ? { ...quote, anchoring: { status: "moved" } } : quote;
  if (found.status === "moved") {
    context.warnings.push({
      kind: "quote-moved",
      text: `${at()} was re-anchored from ${quote.start}–${quote.end} to ${found.start}–${found.end}, where its words are: set "start": ${found.start}, "end": ${found.end}`,
    });
    return { ...quote, start: found.start, end: found.end, anchoring: { status: "moved" } };
  }
  if (found.status === "approximate") {
    const { start, end, errors, score, changes } = found;
    context.warnings.push({
      kind: "quote-approximate",
      text: `${at()}.exact: ${quoted(quote.exact)} is not word for word in the text of ${quoted(quote.sourceId)}; the closest words, at ${start}–${end}, differ by ${errors} ${errors === 1 ? "character" : "characters"}: shown as an approximate match, never as the quotation`,
    });
    return { ...quote, start, end, anchoring: { status: "approximate", errors, score, changes } };
  }
  return flagMissing(quote, at, context);
}

function withoutStatus(quote: RawQuote): RawQuote {
  const { status: _, ...rest } = quote;
  return rest;
}

/** A quotation given by its words alone: found by the finder passed in, else a problem in words. */
function placeByWords(quote: RawQuote, text: string, at: FieldAt, context: QuoteContext): Quote {
  if (context.placeByWords) return context.placeByWords(quote, text, at, context);
  // Only a caller that skipped quoteFinderFor gets here; said in words all the same.
  context.problems.push(
    `${at()}: has no "start" and "end", and this reading cannot find quotations by their words: give its offsets`,
  );
  return { ...quote, start: 0, end: 0 };
}

/** The quote flagged as not found in its source, with a warning saying so. */
export function flagMissing(quote: PlacedQuote, at: FieldAt, context: QuoteContext): Quote {
  context.warnings.push({
    kind: "quote-missing",
    text: `${at()}.exact: ${quoted(quote.exact)} is not found in the text of ${quoted(quote.sourceId)}; it is shown flagged, not highlighted: copy the words exactly from the text`,
  });
  return { ...quote, missing: true };
}

/** Whether the quote says where it stands (start and end), rather than only what its words are. */
export function hasOffsets(quote: RawQuote): quote is PlacedQuote {
  return quote.start !== undefined && quote.end !== undefined;
}

/**
 * The quote with its fields well formed and cut to size, the same object when nothing changed. A
 * quotation cut short ends where its cut words do, so it still anchors where it stood.
 */
export function fitQuote(quote: RawQuote, at: FieldAt, notices: DatasetWarning[]): RawQuote {
  const exact = fitText(quote.exact, FIELD_CAPS.quotation, () => `${at()}.exact`, notices);
  const prefix = fitText(quote.prefix, FIELD_CAPS.context, () => `${at()}.prefix`, notices, "end");
  const suffix = fitText(quote.suffix, FIELD_CAPS.context, () => `${at()}.suffix`, notices);
  const speaker =
    quote.speaker === undefined
      ? undefined
      : fitText(quote.speaker, FIELD_CAPS.speaker, () => `${at()}.speaker`, notices);
  if (
    exact === quote.exact &&
    prefix === quote.prefix &&
    suffix === quote.suffix &&
    speaker === quote.speaker
  ) {
    return quote;
  }
  const fitted = { ...quote, exact, prefix, suffix };
  if (speaker !== undefined) fitted.speaker = speaker;
  if (quote.start !== undefined && exact.length < quote.exact.length) {
    fitted.end = quote.start + exact.length;
  }
  return fitted;
}
