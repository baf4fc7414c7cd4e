import type { Quote } from "./types";

/** Where a quote's words are in a source text, or that they are not there. */
export type Anchoring =
  | { readonly status: "exact" | "moved"; readonly start: number; readonly end: number }
  | { readonly status: "missing" };

const MAX_CANDIDATES = 1000;

/**
 * Anchors a quote in its source as annotation tools do (W3C Web Annotation): its offsets when the
 * text there is still its exact words; otherwise the place where the exact words are, choosing
 * among several by how well the prefix and suffix match, then by nearness to the old offsets.
 */
export function anchorQuote(
  text: string,
  quote: Pick<Quote, "exact" | "start" | "end" | "prefix" | "suffix">,
): Anchoring {
  const { exact, start, end } = quote;
  if (exact === "") return { status: "missing" };
  if (
    start >= 0 &&
    end - start === exact.length &&
    text.startsWith(exact, start) &&
    whole(text, start, end)
  ) {
    return { status: "exact", start, end };
  }
  let best: { start: number; score: number; distance: number } | undefined;
  let found = 0;
  for (
    let at = text.indexOf(exact);
    at >= 0 && found < MAX_CANDIDATES;
    at = text.indexOf(exact, at + 1)
  ) {
    found++;
    if (!whole(text, at, at + exact.length)) continue;
    const score =
      commonSuffix(quote.prefix, text.slice(Math.max(0, at - quote.prefix.length), at)) +
      commonPrefix(
        quote.suffix,
        text.slice(at + exact.length, at + exact.length + quote.suffix.length),
      );
    const distance = Math.abs(at - start);
    if (!best || score > best.score || (score === best.score && distance < best.distance)) {
      best = { start: at, score, distance };
    }
  }
  return best
    ? { status: "moved", start: best.start, end: best.start + exact.length }
    : { status: "missing" };
}

/** Whether [start, end) cuts no surrogate pair (an emoji, say) in two. */
export function whole(text: string, start: number, end: number): boolean {
  return !splitsPair(text, start) && !splitsPair(text, end);
}

function splitsPair(text: string, offset: number): boolean {
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}
