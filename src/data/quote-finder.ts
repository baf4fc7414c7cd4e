import type { RawDataset } from "./dataset-schema";
import { hasOffsets, type PlaceByWords } from "./place-quote";

/**
 * The placer of quotations given by their words alone, when the dataset has one, else undefined.
 * Loaded only then: the built-in dataset and our own exports give every quotation its offsets, so
 * the built-in view's first load does without the finder's code (issue 13's bundle rule).
 */
export async function quoteFinderFor(raw: RawDataset): Promise<PlaceByWords | undefined> {
  const byWords = raw.events.some((event) => event.quotes.some((quote) => !hasOffsets(quote)));
  if (!byWords) return undefined;
  const { placeByWords } = await import("./place-by-words");
  return placeByWords;
}
