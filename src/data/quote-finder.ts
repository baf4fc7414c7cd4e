import type { FindQuote } from "../domain/find-quote";
import type { RawDataset } from "./dataset-schema";
import { hasOffsets } from "./place-quote";

/**
 * `findQuote` when the dataset has a quotation given by its words alone, else undefined. Loaded
 * only then: the built-in dataset and our own exports give every quotation its offsets, so the
 * built-in view's first load does without the finder's code (issue 13's bundle rule).
 */
export async function quoteFinderFor(raw: RawDataset): Promise<FindQuote | undefined> {
  const byWords = raw.events.some((event) => event.quotes.some((quote) => !hasOffsets(quote)));
  if (!byWords) return undefined;
  const { findQuote } = await import("../domain/find-quote");
  return findQuote;
}
