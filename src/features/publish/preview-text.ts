import { formatWhen } from "../../domain/dates";
import type { TimelineEvent } from "../../domain/types";

/** How long a link preview's description may be; chat apps cut near 200 characters. */
export const DESCRIPTION_LIMIT = 200;

/** Text cut to at most `limit` characters at a word boundary, ending in "…" when cut. */
export function trimAtWord(text: string, limit: number): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= limit) return flat;
  const room = flat.slice(0, limit - 1);
  const lastSpace = room.lastIndexOf(" ");
  // One very long word is cut inside it rather than dropped whole.
  const cut = lastSpace > limit / 2 ? room.slice(0, lastSpace) : room;
  return `${cut.replace(/[\s,;:.–—-]+$/, "")}…`;
}

/** A preview's description: the date as the app shows it, then the first quotation. */
export function eventDescription(event: TimelineEvent, limit = DESCRIPTION_LIMIT): string {
  const date = formatWhen(event.when);
  const quote = event.quotes[0]?.exact ?? "";
  if (quote.trim() === "") return trimAtWord(`${date} · ${event.summary}`, limit);
  // Room for the date, the separator and both quotation marks comes first.
  const inner = trimAtWord(quote, Math.max(20, limit - date.length - 5));
  return `${date} · “${inner}”`;
}
