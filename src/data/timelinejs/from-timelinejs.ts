import { isEventId } from "../../domain/event-id";
import { isHttpAddress } from "../address";
import { htmlLinks, htmlToText } from "./html-text";
import { assignTimelineIds, timelineSlug } from "./slug";
import {
  isEmptyPart,
  isoAt,
  precisionOf,
  readTimelineDate,
  type DateFieldNames,
  type DateParts,
} from "./timelinejs-date";

/** How the file names things, for messages a person can find in it. */
export interface TimelineJsLabels {
  /** Where an event or era is: `events[3]` or `row 7`. */
  readonly item: (list: "events" | "eras", index: number) => string;
  readonly start: DateFieldNames;
  readonly end: DateFieldNames;
  /** How a field of an item is named: `events[3].start_date.year: …` or `row 7: Year …`. */
  readonly join: (item: string, problem: string) => string;
}

export const JSON_LABELS: TimelineJsLabels = {
  item: (list, index) => `${list}[${index}]`,
  start: {
    year: "start_date.year",
    month: "start_date.month",
    day: "start_date.day",
    time: "start_date",
  },
  end: { year: "end_date.year", month: "end_date.month", day: "end_date.day", time: "end_date" },
  join: (item, problem) => `${item}: ${problem}`,
};

type Json = Record<string, unknown>;

/** A TimelineJS3 timeline in our dataset format (before validation), and what was left out. */
export interface ConvertedTimeline {
  readonly json: Json;
  /** Events and eras that could not be read, each with where and why. */
  readonly skipped: readonly string[];
}

/**
 * Converts a TimelineJS3 JSON timeline into our dataset format: headlines and texts become plain
 * text, media and credits the event's citation, `group` a facet, eras spans behind the events,
 * the title slide the dataset's title. Items that cannot be read are skipped and listed.
 */
export function fromTimelineJs(
  input: unknown,
  name: string,
  labels: TimelineJsLabels = JSON_LABELS,
): { ok: true; timeline: ConvertedTimeline } | { ok: false; problems: string[] } {
  if (!isObject(input) || !Array.isArray(input.events)) {
    return { ok: false, problems: ["events: is missing (a TimelineJS timeline lists its events)"] };
  }
  const skipped: string[] = [];
  const title = isObject(input.title) ? input.title : undefined;
  const titleText = isObject(title?.text) ? title.text : {};

  // TimelineJS drops events without a start date (the title slide has none) before it assigns
  // ids, so ids are assigned to the same events in the same order here.
  const dated = input.events.flatMap((event, index) =>
    isObject(event) && isObject(event.start_date) ? [{ event, index }] : [],
  );
  input.events.forEach((event, index) => {
    if (!isObject(event) || !isObject(event.start_date)) {
      skipped.push(labels.join(labels.item("events", index), "has no start date"));
    }
  });
  const titleId = title
    ? (assignTimelineIds([
        { uniqueId: text(title.unique_id), headline: text(titleText.headline) },
      ])[0] ?? "")
    : undefined;
  const ids = ourIds(
    assignTimelineIds(
      dated.map(({ event }) => ({
        uniqueId: text(event.unique_id),
        headline: text(isObject(event.text) ? event.text.headline : undefined),
      })),
      titleId,
    ),
  );

  const events: Json[] = [];
  dated.forEach(({ event, index }, i) => {
    const at = labels.item("events", index);
    const when = readWhen(event, labels);
    if (!when.ok) {
      skipped.push(labels.join(at, when.problem));
      return;
    }
    const body = isObject(event.text) ? event.text : {};
    const summary = htmlToText(text(body.text));
    const title = oneLine(text(body.headline)) || firstWords(summary) || `Untitled event (${at})`;
    const citation = citationOf(event.media);
    const group = htmlToText(text(event.group));
    const displayDate = htmlToText(text(event.display_date));
    events.push({
      id: ids[i],
      title,
      summary,
      when: { ...when.when, basis: "external", note: "As dated in the TimelineJS timeline" },
      ...(group ? { group } : {}),
      ...(citation ? { citation } : {}),
      ...(displayDate ? { displayDate } : {}),
    });
  });

  const eras: Json[] = [];
  (Array.isArray(input.eras) ? input.eras : []).forEach((era: unknown, index) => {
    const at = labels.item("eras", index);
    if (!isObject(era)) return skipped.push(labels.join(at, "is not an era"));
    const when = readWhen(era, labels);
    if (!when.ok) return skipped.push(labels.join(at, when.problem));
    const body = isObject(era.text) ? era.text : {};
    const { start, end = start, precision } = when.when;
    eras.push({ title: oneLine(text(body.headline)) || "Untitled era", start, end, precision });
  });

  return {
    ok: true,
    timeline: {
      json: {
        title: oneLine(text(titleText.headline)) || name,
        description: htmlToText(text(titleText.text)),
        sources: [],
        eras,
        events,
      },
      skipped,
    },
  };
}

interface RawWhen {
  readonly start: string;
  readonly end?: string;
  readonly precision: ReturnType<typeof precisionOf>;
}

/** An item's start and end at the start's precision (see `isoAt` for how an end is read). */
function readWhen(
  item: Json,
  labels: TimelineJsLabels,
): { ok: true; when: RawWhen } | { ok: false; problem: string } {
  const start = readTimelineDate(isObject(item.start_date) ? item.start_date : {}, labels.start);
  if (!start.ok) return start;
  const precision = precisionOf(start.parts);
  const startIso = isoAt(start.parts, precision);
  const endValue = isObject(item.end_date) ? item.end_date : undefined;
  if (!endValue || isBlank(endValue)) return { ok: true, when: { start: startIso, precision } };
  const end = readTimelineDate(endValue, labels.end);
  if (!end.ok) return end;
  const endIso = isoAt(end.parts, precision, true);
  if (compareParts(end.parts, start.parts, precision) < 0) {
    return { ok: false, problem: `${labels.end.year}: the end date is before the start date` };
  }
  return { ok: true, when: { start: startIso, end: endIso, precision } };
}

function compareParts(a: DateParts, b: DateParts, precision: RawWhen["precision"]): number {
  const key = (p: DateParts, last: boolean) => [
    p.year,
    p.month ?? (last ? 12 : 1),
    p.day ?? (last ? 31 : 1),
    precision === "minute" ? (p.hour ?? (last ? 23 : 0)) : 0,
    precision === "minute" ? (p.minute ?? (last ? 59 : 0)) : 0,
  ];
  const x = key(a, true);
  const y = key(b, false);
  for (let i = 0; i < x.length; i++) {
    const d = (x[i] as number) - (y[i] as number);
    if (d !== 0) return d;
  }
  return 0;
}

/** Media as a citation: its caption, its credit (as text) and the address of what it shows. */
function citationOf(media: unknown): Json | undefined {
  if (!isObject(media)) return undefined;
  const credit = text(media.credit);
  const url =
    httpUrl(text(media.url)) ??
    httpUrl(text(media.link)) ??
    httpUrl(htmlLinks(credit)[0]?.href ?? "");
  const citation = {
    title: htmlToText(text(media.caption)) || htmlToText(text(media.title)),
    url: url ?? "",
    credit: htmlToText(credit),
  };
  return citation.title || citation.url || citation.credit ? citation : undefined;
}

/** An http(s) address, protocol-relative ones (`//www.flickr.com/…`) read as https. */
function httpUrl(value: string): string | undefined {
  const trimmed = value.trim();
  let address: string | undefined;
  if (/^\/\/[^/\s]/.test(trimmed)) address = `https:${trimmed}`;
  // "HTTPS://…" is the same address, but the dataset's check wants the scheme in lower case.
  else if (/^https?:\/\/[^/\s]/i.test(trimmed)) {
    address = trimmed.replace(/^https?/i, (scheme) => scheme.toLowerCase());
  }
  // One the dataset's check would refuse ("http://[") is dropped like any other: it is a citation.
  return address !== undefined && isHttpAddress(address) ? address : undefined;
}

/**
 * TimelineJS keeps a `unique_id` as written ("Apollo 11"); our ids go into links, so one that
 * cannot be an id is slugified the TimelineJS way, and kept unique.
 */
function ourIds(ids: readonly string[]): string[] {
  const used = new Set(ids.filter(isEventId));
  return ids.map((id, index) => {
    if (isEventId(id)) return id;
    const base = isEventId(timelineSlug(id)) ? timelineSlug(id) : `event-${index + 1}`;
    let candidate = base;
    for (let n = 2; used.has(candidate); n++) candidate = `${base}-${n}`;
    used.add(candidate);
    return candidate;
  });
}

/** A headline as one line: "Whitney Houston<br/> 1963 - 2012" reads "Whitney Houston 1963 - 2012". */
function oneLine(html: string): string {
  return htmlToText(html).replace(/\s+/g, " ");
}

function firstWords(summary: string): string {
  const line = summary.split("\n")[0] ?? "";
  return line.length <= 80 ? line : `${line.slice(0, 79).replace(/\s+\S*$/, "")}…`;
}

function isBlank(date: Json): boolean {
  return Object.values(date).every(isEmptyPart);
}

function text(value: unknown): string {
  return typeof value === "string" ? value : typeof value === "number" ? String(value) : "";
}

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
