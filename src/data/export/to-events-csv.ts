import { formatIsoInstant, formatWhen } from "../../domain/dates";
import { quoteStatusLabel } from "../../domain/quote-status";
import type { Dataset, Source, TimelineEvent } from "../../domain/types";
import { toCsv } from "../csv";

/** The columns of our CSV export, one row per event. */
export const EVENT_CSV_COLUMNS = [
  "id",
  "start",
  "end",
  "precision",
  "approximate",
  "date basis",
  "date note",
  "date as shown",
  "title",
  "summary",
  "kind",
  "countries",
  "actors",
  "group",
  "source title",
  "publisher",
  "url",
  "archive url",
  "archived at",
  "quotes",
  "quote statuses",
] as const;

/**
 * The shown events as CSV for a spreadsheet: dates with their precision (and as a person reads
 * them), facets, where each event comes from (its quotes' sources with their archived copies,
 * or its citation) and its quotations, each “in quotation marks” with its speaker, one per line,
 * and line for line beside them whether each stands exact, moved, approximate or not found.
 */
export function toEventsCsv(dataset: Dataset, events: readonly TimelineEvent[]): string {
  const sources = new Map(dataset.sources.map((source) => [source.id, source]));
  const rows = events.map((event) => {
    const cited = [...new Set(event.quotes.map((quote) => sources.get(quote.sourceId)))].filter(
      (source): source is Source => source !== undefined,
    );
    const from = cited.length
      ? {
          title: cited.map((s) => s.title).join(" | "),
          publisher: cited.map((s) => s.publisher).join(" | "),
          url: cited.map((s) => s.url).join(" | "),
          // Kept in line with the urls: a source without a copy leaves its place empty.
          archiveUrl: cited.some((s) => s.archiveUrl)
            ? cited.map((s) => s.archiveUrl ?? "").join(" | ")
            : "",
          archivedAt: cited.some((s) => s.archivedAt)
            ? cited.map((s) => s.archivedAt ?? "").join(" | ")
            : "",
        }
      : {
          title: event.citation?.title ?? "",
          publisher: event.citation?.credit ?? "",
          url: event.citation?.url ?? "",
          archiveUrl: "",
          archivedAt: "",
        };
    return [
      event.id,
      formatIsoInstant(event.when.start),
      event.when.end === undefined ? "" : formatIsoInstant(event.when.end),
      event.when.precision,
      event.when.approximate ? "yes" : "no",
      event.when.basis,
      event.when.note,
      event.displayDate ?? formatWhen(event.when),
      event.title,
      event.summary,
      event.kind,
      event.countries.join(", "),
      event.actors.join("; "),
      event.group ?? "",
      from.title,
      from.publisher,
      from.url,
      from.archiveUrl,
      from.archivedAt,
      event.quotes
        .map((quote) => `${quoted(quote.exact)}${quote.speaker ? ` — ${quote.speaker}` : ""}`)
        .join("\n"),
      event.quotes.map(quoteStatusLabel).join("\n"),
    ];
  });
  return toCsv([[...EVENT_CSV_COLUMNS], ...rows]);
}

const CLOSING: Readonly<Record<string, string>> = {
  "“": "”",
  '"': '"',
  "«": "»",
  "„": "“",
  "‘": "’",
};

/**
 * Words in quotation marks, unless they are one quotation already: opened by a mark whose first
 * partner is their last character (`"We stay," he said, "for now"` is two, and is wrapped).
 */
function quoted(words: string): string {
  const closing = CLOSING[words.charAt(0)];
  const whole = closing !== undefined && words.indexOf(closing, 1) === words.length - 1;
  return whole && words.length > 1 ? words : `“${words}”`;
}
