import { isEventId } from "../domain/event-id";
import { isAddressReference } from "./address";
import type { RawDataset } from "./dataset-schema";
import { QUOTE_STATUSES, SHA256_HEX } from "./provenance-fields";

// The fast path of validation. A dataset that is well formed (nearly all of them) is checked here
// with plain typeof tests, about ten times faster than the valibot schema, which is loaded only
// when this says no, to say why. It accepts nothing the schema refuses and yields what the schema
// would (a property test holds it to that: tests/data/well-formed-dataset.test.ts), so where the
// two could differ it says no and leaves the case to the schema.
//
// It takes ownership of its input, the fresh result of JSON.parse: defaults are filled in place
// and unknown keys deleted, instead of copying every object of a 100,000-event dataset. Only
// dates and quotes, which usually lack several fields, are made whole as new objects.

type Obj = Record<string, unknown>;

const PRECISIONS: ReadonlySet<unknown> = new Set(["minute", "day", "month", "year"]);
const STATUSES: ReadonlySet<unknown> = new Set(QUOTE_STATUSES);
const BASES: ReadonlySet<unknown> = new Set(["explicit", "relative", "inferred", "external"]);

const DATASET_KEYS = keys("version title description initialWindow sources eras events");
const SOURCE_KEYS = keys(
  "id title publisher url publishedAt archiveUrl archivedAt textSha256 text textUrl",
);
const ERA_KEYS = keys("title start end precision");
const EVENT_KEYS = keys(
  "id title summary kind countries actors when quotes group citation displayDate",
);
const CITATION_KEYS = keys("title url credit");
const WINDOW_KEYS = keys("from to");

/**
 * The dataset in the schema's output shape when it is well formed, filled in place; undefined
 * when it is not, or when only the schema can tell (then ask `parseDatasetShape`).
 */
export function takeWellFormedDataset(input: unknown): RawDataset | undefined {
  if (!isObject(input) || !onlyKeys(input, DATASET_KEYS)) return undefined;
  if (input.version === undefined) input.version = 1;
  else if (input.version !== 1) return undefined;
  if (!isText(input.title)) return undefined;
  if (!defaultString(input, "description")) return undefined;
  const window = input.initialWindow;
  if (window !== undefined) {
    if (!isObject(window) || !onlyKeys(window, WINDOW_KEYS)) return undefined;
    if (typeof window.from !== "string" || typeof window.to !== "string") return undefined;
  }
  if (!eachOf(input, "sources", isSource, true)) return undefined;
  if (!eachOf(input, "eras", isEra, true)) return undefined;
  if (!eachOf(input, "events", isEvent, false)) return undefined;
  return input as unknown as RawDataset;
}

function isSource(source: unknown): boolean {
  return (
    isObject(source) &&
    onlyKeys(source, SOURCE_KEYS) &&
    isText(source.id) &&
    isText(source.title) &&
    defaultString(source, "publisher") &&
    defaultString(source, "url") &&
    typeof source.publishedAt === "string" &&
    (source.archiveUrl === undefined || typeof source.archiveUrl === "string") &&
    (source.archivedAt === undefined || typeof source.archivedAt === "string") &&
    (source.textSha256 === undefined ||
      (typeof source.textSha256 === "string" && SHA256_HEX.test(source.textSha256))) &&
    (source.text === undefined || typeof source.text === "string") &&
    (source.textUrl === undefined ||
      (isText(source.textUrl) && isAddressReference(source.textUrl as string)))
  );
}

function isEra(era: unknown): boolean {
  return (
    isObject(era) &&
    onlyKeys(era, ERA_KEYS) &&
    isText(era.title) &&
    typeof era.start === "string" &&
    typeof era.end === "string" &&
    defaultFrom(era, "precision", PRECISIONS, "day")
  );
}

function isEvent(event: unknown): boolean {
  if (!isObject(event) || !onlyKeys(event, EVENT_KEYS)) return false;
  const { id, when, citation } = event;
  if (typeof id !== "string" || !isEventId(id) || !isText(event.title)) return false;
  if (!defaultString(event, "summary")) return false;
  if (event.kind === undefined) event.kind = "event";
  else if (!isText(event.kind)) return false;
  if (!eachOf(event, "countries", isString, true) || !eachOf(event, "actors", isText, true)) {
    return false;
  }
  const date = wellFormedWhen(when);
  if (!date) return false;
  event.when = date;
  const quotes = event.quotes;
  if (quotes === undefined) event.quotes = [];
  else if (!Array.isArray(quotes)) return false;
  else {
    for (let i = 0; i < quotes.length; i++) {
      const quote = wellFormedQuote(quotes[i]);
      if (!quote) return false;
      quotes[i] = quote;
    }
  }
  if (event.group !== undefined && !isText(event.group)) return false;
  if (event.displayDate !== undefined && !isText(event.displayDate)) return false;
  if (citation !== undefined) {
    if (!isObject(citation) || !onlyKeys(citation, CITATION_KEYS)) return false;
    if (!defaultString(citation, "title") || !defaultString(citation, "url")) return false;
    if (!defaultString(citation, "credit")) return false;
  }
  return true;
}

/**
 * The date as a new object with every field, rather than defaults added to the file's: most
 * dates give only `start`, and four properties added to each of 100,000 objects cost more than
 * one object made whole. Unknown keys are left behind, as the schema leaves them.
 */
function wellFormedWhen(when: unknown): Obj | undefined {
  if (!isObject(when)) return undefined;
  const {
    start,
    end,
    precision = "day",
    approximate = false,
    basis = "explicit",
    note = "",
  } = when;
  if (typeof start !== "string" || (end !== undefined && typeof end !== "string")) return undefined;
  if (!PRECISIONS.has(precision) || !BASES.has(basis)) return undefined;
  if (typeof approximate !== "boolean" || typeof note !== "string") return undefined;
  const date: Obj = { start, precision, approximate, basis, note };
  if ("end" in when) date.end = end;
  return date;
}

/** The quote made whole the same way as the date (most give no prefix or suffix). */
function wellFormedQuote(quote: unknown): Obj | undefined {
  if (!isObject(quote)) return undefined;
  const { sourceId, exact, start, end, prefix = "", suffix = "", speaker, status } = quote;
  if (!isText(sourceId) || typeof exact !== "string" || exact === "") return undefined;
  // Offsets come as a pair or not at all (then the words are found in the text when loaded).
  if ((start !== undefined || end !== undefined) && !(isOffset(start) && isOffset(end))) {
    return undefined;
  }
  if (typeof prefix !== "string" || typeof suffix !== "string") return undefined;
  if (speaker !== undefined && !isText(speaker)) return undefined;
  if (status !== undefined && !STATUSES.has(status)) return undefined;
  const whole: Obj =
    start === undefined
      ? { sourceId, exact, prefix, suffix }
      : { sourceId, exact, start, end, prefix, suffix };
  // Given as undefined (a converter's output, never JSON's), kept as the schema keeps it.
  if (start === undefined && "start" in quote) whole.start = undefined;
  if (end === undefined && "end" in quote) whole.end = undefined;
  if ("speaker" in quote) whole.speaker = speaker;
  if ("status" in quote) whole.status = status;
  return whole;
}

function keys(names: string): ReadonlySet<string> {
  return new Set(names.split(" "));
}

function isObject(value: unknown): value is Obj {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isString(value: unknown): boolean {
  return typeof value === "string";
}

/** A string with something besides white space (the schema's `text`). */
function isText(value: unknown): boolean {
  return typeof value === "string" && value.trim() !== "";
}

function isOffset(value: unknown): boolean {
  return typeof value === "number" && Number.isInteger(value) && value >= 0;
}

/** True when every key is the schema's; any other key is deleted, as the schema drops it. */
function onlyKeys(object: Obj, known: ReadonlySet<string>): boolean {
  for (const key in object) {
    if (!known.has(key)) {
      // An inherited key (a polluted prototype) is not the data's: leave it to the schema.
      if (!Object.hasOwn(object, key)) return false;
      Reflect.deleteProperty(object, key);
    }
  }
  return true;
}

/** An optional string, "" when absent. */
function defaultString(object: Obj, key: string): boolean {
  const value = object[key];
  if (value === undefined) object[key] = "";
  else if (typeof value !== "string") return false;
  return true;
}

/** An optional one of `allowed`, `fallback` when absent. */
function defaultFrom(object: Obj, key: string, allowed: ReadonlySet<unknown>, fallback: string) {
  const value = object[key];
  if (value === undefined) object[key] = fallback;
  else if (!allowed.has(value)) return false;
  return true;
}

/** An array whose every item passes (`optional`: [] when absent). */
function eachOf(
  object: Obj,
  key: string,
  check: (item: unknown) => boolean,
  optional: boolean,
): boolean {
  const list = object[key];
  if (list === undefined && optional) {
    object[key] = [];
    return true;
  }
  if (!Array.isArray(list)) return false;
  for (let i = 0; i < list.length; i++) if (!check(list[i])) return false;
  return true;
}
