import { isEventId } from "../../domain/event-id";
import type { Dataset, Quote, TimelineEvent } from "../../domain/types";
import { isoAt, windowJson } from "../export/file-dates";
import { timelineSlug } from "../timelinejs/slug";
import type { DraftDocument, DraftEvent, DraftQuote, DraftSource } from "./draft-document";

// Long enough to say what the event is, short enough to read in a link.
const MAX_SLUG = 60;

/** A draft with nothing in it yet. */
export function emptyDraft(title = "Untitled timeline"): DraftDocument {
  return { version: 1, title, description: "", sources: [], events: [], eras: [] };
}

/**
 * A draft holding a copy of a dataset ("Edit a copy"): every source with its text, every event
 * with its quotations at their offsets, the eras and the opening window. Dates are written as the
 * Sourceline JSON export writes them, by the same code.
 */
export function draftFromDataset(dataset: Dataset): DraftDocument {
  const sources = dataset.sources.map(
    ({ id, title, publisher, url, publishedAt, text, archiveUrl, archivedAt }): DraftSource => ({
      id,
      title,
      publisher,
      url,
      publishedAt,
      ...(archiveUrl ? { archiveUrl } : {}),
      ...(archivedAt ? { archivedAt } : {}),
      text,
    }),
  );
  return {
    version: 1,
    title: `${dataset.title} (copy)`,
    description: dataset.description,
    sources,
    events: dataset.events.map(draftEvent),
    eras: dataset.eras.map((era) => ({
      title: era.title,
      start: isoAt(era.start, era.precision),
      end: isoAt(era.end, era.precision),
      precision: era.precision,
    })),
    ...windowJson(dataset.initialWindow),
  };
}

function draftEvent(event: TimelineEvent): DraftEvent {
  const { when } = event;
  const draft: { -readonly [K in keyof DraftEvent]: DraftEvent[K] } = {
    id: event.id,
    title: event.title,
    summary: event.summary,
    kind: event.kind,
    countries: event.countries,
    actors: event.actors,
    when: {
      start: isoAt(when.start, when.precision),
      ...(when.end === undefined ? {} : { end: isoAt(when.end, when.precision) }),
      precision: when.precision,
      approximate: when.approximate,
      basis: when.basis,
      note: when.note,
    },
    quotes: event.quotes.map(draftQuote),
  };
  if (event.group !== undefined) draft.group = event.group;
  if (event.citation !== undefined) draft.citation = event.citation;
  if (event.displayDate !== undefined) draft.displayDate = event.displayDate;
  return draft;
}

function draftQuote({ sourceId, exact, start, end, prefix, suffix, speaker }: Quote): DraftQuote {
  return speaker === undefined
    ? { sourceId, exact, start, end, prefix, suffix }
    : { sourceId, exact, start, end, prefix, suffix, speaker };
}

/**
 * A new event's id: the slug of its title ("Lavrov's press conference" →
 * "lavrovs-press-conference"), with "-2", "-3"… when the draft has it already.
 */
export function newEventId(document: DraftDocument, title: string): string {
  const slug = shortSlug(timelineSlug(title));
  const base = isEventId(slug) ? slug : "event";
  return unique(base, new Set(document.events.map((event) => event.id)));
}

/** A new source's id from its publisher and date ("presstv-2021-08-19"), unique in the draft. */
export function newSourceId(
  document: DraftDocument,
  source: { readonly publisher: string; readonly title: string; readonly publishedAt: string },
): string {
  // The publisher's name run together, as the built-in dataset names its source.
  const name =
    shortSlug(timelineSlug(source.publisher.replace(/\s+/g, ""))) ||
    shortSlug(timelineSlug(source.title)) ||
    "source";
  const date = /^\d{4}-\d{2}-\d{2}$/.test(source.publishedAt) ? `-${source.publishedAt}` : "";
  return unique(`${name}${date}`, new Set(document.sources.map((each) => each.id)));
}

/** The slug cut at a hyphen to at most MAX_SLUG characters, with no hyphen at either end. */
function shortSlug(slug: string): string {
  let cut = slug;
  if (cut.length > MAX_SLUG) {
    cut = cut.slice(0, MAX_SLUG);
    const hyphen = cut.lastIndexOf("-");
    if (hyphen > MAX_SLUG / 2) cut = cut.slice(0, hyphen);
  }
  return cut.replace(/^-+|-+$/g, "");
}

function unique(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}
