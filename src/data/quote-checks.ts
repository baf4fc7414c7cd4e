import { anchorQuote } from "../domain/anchor";
import { toWellFormedText } from "../domain/well-formed-text";
import type { RawDataset } from "./dataset-schema";
import { hasOffsets, type Reanchor } from "./place-quote";

/** What the build needs to check a dataset's quotations against texts that may have changed. */
export interface QuoteChecks {
  /** Ids of the sources whose loaded text's SHA-256 is not their `textSha256`. */
  readonly changed: ReadonlySet<string>;
  /** The approximate re-anchorer, when a text changed or a quotation's offsets fail. */
  readonly reanchor?: Reanchor;
}

/**
 * Hashes the texts that carry a `textSha256`, and loads the approximate matcher only when one
 * differs or some quotation is neither where it says nor elsewhere word for word: the built-in
 * dataset and our own exports need neither, so the first load does without its code.
 */
export async function quoteChecksFor(
  raw: RawDataset,
  texts: ReadonlyMap<string, string>,
): Promise<QuoteChecks> {
  const textOf = new Map(
    raw.sources.map((source) => [source.id, texts.get(source.id) ?? source.text ?? ""]),
  );
  const changed = new Set<string>();
  await Promise.all(
    raw.sources.map(async (source) => {
      if (source.textSha256 === undefined) return;
      const hash = await sha256Hex(textOf.get(source.id) ?? "");
      if (hash !== source.textSha256.toLowerCase()) changed.add(source.id);
    }),
  );
  const astray = () =>
    raw.events.some((event) =>
      event.quotes.some((quote) => {
        const text = textOf.get(quote.sourceId);
        if (text === undefined || !hasOffsets(quote)) return false;
        if (text.startsWith(quote.exact, quote.start)) return false;
        return anchorQuote(toWellFormedText(text), quote).status === "missing";
      }),
    );
  if (changed.size === 0 && !astray()) return { changed };
  const { reanchorQuote } = await import("../domain/reanchor");
  return { changed, reanchor: reanchorQuote };
}

/** Lower-case hex SHA-256 of the text's UTF-8 bytes (lone surrogates as U+FFFD, as the build). */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, "0")).join("");
}
