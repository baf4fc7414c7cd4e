import { countOf } from "./count";
import type { Quote, TextChange } from "./types";

/** Where a quotation stands in its source's text, as the details and every export say it. */
export type QuoteStatus = "exact" | "moved" | "approximate" | "missing";

/** The quotation's status: exact unless it was moved, matched approximately or not found. */
export function quoteStatus(quote: Pick<Quote, "missing" | "anchoring">): QuoteStatus {
  if (quote.missing) return "missing";
  return quote.anchoring?.status ?? "exact";
}

/** The status in words, as the details, print and published pages show it. */
export function quoteStatusLabel(quote: Pick<Quote, "missing" | "anchoring">): string {
  const { anchoring } = quote;
  if (quote.missing) return "Not found in the source";
  if (anchoring?.status === "moved") return "Moved: same words, new place";
  if (anchoring?.status === "approximate") {
    const differ = anchoring.errors === 1 ? "differs" : "differ";
    return `Approximate: ${countOf(anchoring.errors, "character", "characters")} ${differ}`;
  }
  return "Exact";
}

/** Words kept on each side of a change when a long approximate match is shown. */
export const CHANGE_CONTEXT = 24;

/**
 * The changes as shown: unchanged runs longer than twice `context` cut to their ends around an
 * ellipsis, so a two-letter change in a long quotation is seen at once.
 */
export function shownChanges(
  changes: readonly TextChange[],
  context = CHANGE_CONTEXT,
): TextChange[] {
  return changes.map((change, index) => {
    if (change.kind !== "same" || change.text.length <= 2 * context) return change;
    const first = index === 0;
    const last = index === changes.length - 1;
    const head = first ? "" : change.text.slice(0, context);
    const tail = last ? "" : change.text.slice(-context);
    return { kind: "same", text: `${head}…${tail}` };
  });
}
