import type { ShownView } from "./shown-view";
import { wrapText } from "./svg-text";

const CREDITS_SHOWN = 4;

/**
 * Who the image owes its words to: the sources the shown events quote (publisher and title),
 * or, for imported events with no source text, their citations' credits; wrapped to `px`.
 */
export function imageCredits(shown: ShownView, px: number): string[] {
  const quoted = new Set<string>();
  const credits = new Set<string>();
  for (const event of shown.events) {
    for (const quote of event.quotes) quoted.add(quote.sourceId);
    const cited = event.citation?.credit || event.citation?.title;
    if (cited && event.quotes.length === 0) credits.add(cited.trim());
  }
  const named = shown.dataset.sources
    .filter((source) => quoted.has(source.id))
    .map((source) =>
      [source.publisher, source.title && `“${source.title}”`].filter(Boolean).join(", "),
    );
  const all = [...named, ...credits].filter(Boolean);
  if (all.length === 0) return [];
  const listed = all.slice(0, CREDITS_SHOWN);
  const more = all.length - listed.length;
  const text =
    `${all.length === 1 ? "Source" : "Sources"}: ${listed.join("; ")}` +
    (more > 0 ? `; and ${more.toLocaleString("en-GB")} more` : "");
  return wrapText(text, px, 12, 3);
}
