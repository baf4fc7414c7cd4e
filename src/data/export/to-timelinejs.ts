import { quoteStatus, quoteStatusLabel } from "../../domain/quote-status";
import { isDeepMs, yearOfMs } from "../../domain/deep-time";
import type { Dataset, Precision, Source, TimelineEvent } from "../../domain/types";
import { jsonText } from "./json-text";

/** A date as TimelineJS3 writes it (`start_date`, `end_date`). */
export interface TimelineJsDate {
  year: number;
  month?: number;
  day?: number;
  hour?: number;
  minute?: number;
}

/**
 * The shown events as a TimelineJS3 timeline: headline, text (our summary, then the quotations
 * as blockquotes with their speakers), the source or citation as media, group, eras, and our
 * ids as `unique_id` so links keep working. TimelineJS renders HTML, so all text is escaped.
 */
export function toTimelineJs(dataset: Dataset, events: readonly TimelineEvent[]): string {
  const sources = new Map(dataset.sources.map((source) => [source.id, source]));
  const timeline = {
    title: {
      unique_id: titleId(events),
      text: { headline: escapeHtml(dataset.title), text: paragraphs(dataset.description) },
    },
    events: events.map((event) => ({
      unique_id: event.id,
      start_date: dateOf(event.when.start, event.when.precision),
      ...(event.when.end === undefined
        ? {}
        : { end_date: dateOf(event.when.end, event.when.precision) }),
      ...(event.displayDate ? { display_date: escapeHtml(event.displayDate) } : {}),
      text: { headline: escapeHtml(event.title), text: textOf(event, sources) },
      ...mediaOf(event, sources),
      ...(event.group ? { group: escapeHtml(event.group) } : {}),
    })),
    eras: dataset.eras.map((era) => ({
      start_date: dateOf(era.start, era.precision),
      end_date: dateOf(era.end, era.precision),
      text: { headline: escapeHtml(era.title) },
    })),
  };
  return jsonText(timeline, events.length);
}

/**
 * TimelineJS gives the title slide an id before the events (its headline's slug when it has no
 * `unique_id`) and renames an event that has it, so a timeline titled "Launch" would turn the
 * event `launch` into `launch-2`. An id no event has keeps every event's id as it is.
 */
function titleId(events: readonly TimelineEvent[]): string {
  const ids = new Set<string>(events.map((event) => event.id));
  let id = "title";
  for (let n = 2; ids.has(id); n++) id = `title-${n}`;
  return id;
}

/**
 * A date as TimelineJS's parts at our precision. TimelineJS has no year 0 and writes 300 BCE as
 * -300; we count astronomically (-299), so years at or below 0 move down by one.
 */
function dateOf(ms: number, precision: Precision): TimelineJsDate {
  // Deep time (beyond a Date's range) has whole years only, as on TimelineJS's cosmological scale.
  if (isDeepMs(ms)) {
    const year = yearOfMs(ms);
    return { year: year <= 0 ? year - 1 : year };
  }
  const date = new Date(ms);
  const astronomical = date.getUTCFullYear();
  const parts: TimelineJsDate = { year: astronomical <= 0 ? astronomical - 1 : astronomical };
  if (precision === "year") return parts;
  parts.month = date.getUTCMonth() + 1;
  if (precision === "month") return parts;
  parts.day = date.getUTCDate();
  if (precision === "day") return parts;
  parts.hour = date.getUTCHours();
  parts.minute = date.getUTCMinutes();
  return parts;
}

function textOf(event: TimelineEvent, sources: ReadonlyMap<string, Source>): string {
  const quotes = event.quotes.map((quote) => {
    const source = sources.get(quote.sourceId);
    const who = [quote.speaker, source?.publisher || source?.title].filter(Boolean).join(", ");
    // Said only when it is not exact, so an exact quotation reads as TimelineJS users expect.
    const status =
      quoteStatus(quote) === "exact" ? "" : ` <small>(${quoteStatusLabel(quote)})</small>`;
    return `<blockquote>${escapeHtml(quote.exact)}${who ? ` <cite>${escapeHtml(who)}</cite>` : ""}${status}</blockquote>`;
  });
  return [paragraphs(event.summary), ...quotes].join("");
}

/** Where the event comes from, as TimelineJS's media: its first quote's source, or its citation. */
function mediaOf(event: TimelineEvent, sources: ReadonlyMap<string, Source>) {
  const source = event.quotes.length ? sources.get(event.quotes[0]?.sourceId ?? "") : undefined;
  if (source) {
    return {
      media: {
        url: source.url,
        caption: escapeHtml(source.title),
        credit: `${escapeHtml(source.publisher)}${archiveLink(source)}`,
      },
    };
  }
  const citation = event.citation;
  if (!citation) return {};
  return {
    media: {
      url: citation.url,
      caption: escapeHtml(citation.title),
      credit: escapeHtml(citation.credit),
    },
  };
}

/**
 * The source's archived copy as a link after its publisher in the media credit, which TimelineJS
 * shows under the link to the original: the copy sits beside it, as in the app.
 */
function archiveLink({ publisher, archiveUrl, archivedAt }: Source): string {
  if (!archiveUrl || !/^https?:\/\//.test(archiveUrl)) return "";
  const label = archivedAt ? `Archived copy (${escapeHtml(archivedAt)})` : "Archived copy";
  return `${publisher ? " · " : ""}<a href="${escapeHtml(archiveUrl)}">${label}</a>`;
}

/** Plain text as HTML paragraphs, line breaks kept, so importing it back gives the same text. */
function paragraphs(text: string): string {
  if (!text.trim()) return "";
  return text
    .split(/\n{2,}/)
    .map((paragraph) => `<p>${escapeHtml(paragraph).replace(/\n/g, "<br>")}</p>`)
    .join("");
}

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}
