import type { Dataset, DatasetWarning } from "../domain/types";
import { buildDataset } from "./build-dataset";
import { capProblems, DatasetError } from "./dataset-error";
import type { RawDataset } from "./dataset-schema";
import { takeWellFormedDataset } from "./well-formed-dataset";
import { formatCount } from "../domain/count";
import { quoteFinderFor } from "./quote-finder";
import { quoteChecksFor } from "./quote-checks";
import { previewStarts } from "./preview-starts";

/** The largest dataset opened, in characters: beyond it a tab runs short of memory. */
export const MAX_DATASET_CHARS = 50_000_000;
/** The most events a dataset may hold; the timeline is measured up to 100,000. */
export const MAX_EVENTS = 200_000;

const MAX_LISTED = 200;

export type DatasetFormat =
  "sourceline" | "sourceline-columns" | "timelinejs-json" | "timelinejs-csv" | "acled-csv";

// Shown in parentheses after the file's name, so a name must have none of its own.
export const FORMAT_NAMES: Record<DatasetFormat, string> = {
  sourceline: "Sourceline JSON",
  "sourceline-columns": "Sourceline JSON in columns",
  "timelinejs-json": "TimelineJS JSON",
  "timelinejs-csv": "TimelineJS CSV spreadsheet",
  "acled-csv": "ACLED CSV export",
};

export interface ReadOptions {
  /** What the user calls it: a file name or an address, the title of a dataset without one. */
  readonly name: string;
  /** How messages name it: "The file kabul.csv", "The dataset at https://…". */
  readonly label: string;
  /** Fetches a source's separate text (`textUrl`); absent for a file, which has no address. */
  readonly fetchSourceText?: (textUrl: string) => Promise<string>;
  /** Runs a step of the work as a performance measure, for the benchmark. */
  readonly timed?: <T>(step: string, work: () => T | Promise<T>) => Promise<T>;
  /**
   * Hears the events' start times, sorted, as soon as they can be read (before the checks and
   * the build), so a large dataset's loading screen can draw when its events happen.
   */
  readonly onStarts?: (starts: Float64Array, soFar?: boolean) => void;
  /**
   * Hears the events read so far of a large export that is still streaming in, checked and
   * built, so the explorer can open on them; the whole dataset follows as the reading's result.
   */
  readonly onPartial?: (dataset: Dataset) => void | Promise<void>;
}

const untimed = <T>(_step: string, work: () => T | Promise<T>) => Promise.resolve(work());

/**
 * Reads a dataset from text in any format we open (ours, TimelineJS JSON, TimelineJS CSV, an
 * ACLED CSV export), detected from the content, not the name; throws a DatasetError listing what
 * is wrong.
 */
export async function readDataset(text: string, options: ReadOptions): Promise<Dataset> {
  const { name, label, timed = untimed, onStarts } = options;
  const tellStarts = (json: unknown) => {
    const starts = onStarts && previewStarts(json);
    if (starts) onStarts?.(starts);
  };
  const invalid = (problems: readonly string[]) =>
    new DatasetError(`${label} is not valid.`, capProblems(problems));
  const loadTexts = (raw: RawDataset) => sourceTexts(raw, options);
  if (text.length > MAX_DATASET_CHARS) {
    throw invalid([
      `It is ${megabytes(text.length)}; this app opens datasets up to ${megabytes(MAX_DATASET_CHARS)}.`,
    ]);
  }
  const content = text.replace(/^\uFEFF/, "");
  const start = content.trimStart();
  if (start.startsWith("{") || start.startsWith("[")) {
    const json = await timed("parse", () => parseJson(content, label));
    return readParsedJson(json, options);
  }
  let raw: RawDataset;
  let format: DatasetFormat;
  let skipped: readonly string[] = [];
  const tooMany = tooManyCheck(invalid);
  if (start.startsWith("<")) {
    throw new DatasetError(`${label} is neither JSON nor CSV.`, [
      "It looks like a web page (it starts with “<”), not a dataset: check the address.",
    ]);
  } else {
    const [{ parseCsv }, { isAcledHeader }] = await Promise.all([
      import("./csv"),
      import("./acled/acled-columns"),
    ]);
    const csv = await timed("parse", () => parseCsv(content));
    if (!csv.ok) throw invalid([csv.problem]);
    if (csv.records.length === 0) throw invalid(["It is empty."]);
    tooMany(csv.records.slice(1));
    const first = csv.records[0]?.cells ?? [];
    if (first.length < 2 && /;|\t/.test(first[0] ?? "")) {
      throw invalid([
        "Its columns are separated by semicolons or tabs; TimelineJS's spreadsheet format separates them with commas. Save or export it as comma-separated CSV.",
      ]);
    }
    if (first[0]?.trim() === "id" && first[1]?.trim() === "start") {
      throw invalid([
        "It is a Sourceline CSV export, which is for spreadsheets: to open the same events here, export them as Sourceline JSON.",
      ]);
    }
    if (first.length < 2) {
      throw new DatasetError(`${label} is neither JSON nor CSV.`, [
        "Open a Sourceline or TimelineJS JSON file, or a CSV file with TimelineJS's spreadsheet columns or ACLED's export columns.",
      ]);
    }
    // Told apart by the header: ACLED's columns are named alike in every export.
    format = isAcledHeader(first) ? "acled-csv" : "timelinejs-csv";
    const convert =
      format === "acled-csv"
        ? (await import("./acled/from-acled-csv")).fromAcledCsv
        : (await import("./timelinejs/from-timelinejs-csv")).fromTimelineJsCsv;
    // Timed as the JSON path's "validate": the rows become events, then get the same checks.
    raw = await timed("validate", async () => {
      const converted = convert(csv.records, name);
      if (!converted.ok) throw invalid(converted.problems);
      skipped = converted.timeline.skipped;
      tellStarts(converted.timeline.json);
      return checkShape(converted.timeline.json, invalid, loadTexts);
    });
  }
  return finishReading(raw, format, skipped, options);
}

/**
 * Reads a dataset already parsed from JSON, in any of the JSON formats we open (ours, ours in
 * columns, TimelineJS's): a whole file's, or one read as it streamed in (read-json-stream.ts).
 */
export async function readParsedJson(json: unknown, options: ReadOptions): Promise<Dataset> {
  const { name, label, timed = untimed, onStarts } = options;
  const tellStarts = (candidate: unknown) => {
    const starts = onStarts && previewStarts(candidate);
    if (starts) onStarts?.(starts);
  };
  const invalid = (problems: readonly string[]) =>
    new DatasetError(`${label} is not valid.`, capProblems(problems));
  const loadTexts = (raw: RawDataset) => sourceTexts(raw, options);
  const tooMany = tooManyCheck(invalid);
  let format: DatasetFormat = "sourceline";
  let skipped: readonly string[] = [];
  let candidate: unknown = json;
  const isTimelineJs = !isColumnar(json) && looksLikeTimelineJs(json);
  if (!isTimelineJs) tellStarts(json);
  if (isColumnar(json)) {
    // Loaded when needed, like the TimelineJS converters: only large datasets come this way.
    const { columnarCount, rowsFromColumns } = await import("./columns/from-columns");
    // Counted before the columns become events, so a file far too large is refused at once.
    tooMany(columnarCount(json));
    format = "sourceline-columns";
    const converted = await timed("columns", () => rowsFromColumns(json));
    if (!converted.ok) throw invalid(converted.problems);
    candidate = converted.json;
  } else {
    tooMany(json !== null && typeof json === "object" && "events" in json ? json.events : []);
  }
  if (isTimelineJs) {
    format = "timelinejs-json";
    // Loaded when needed: most visitors open our own format and never pay for the others.
    const { fromTimelineJs } = await import("./timelinejs/from-timelinejs");
    const converted = fromTimelineJs(json, name);
    if (!converted.ok) throw invalid(converted.problems);
    candidate = converted.timeline.json;
    skipped = converted.timeline.skipped;
    tellStarts(candidate);
  }
  const raw = await timed("validate", () => checkShape(candidate, invalid, loadTexts));
  return finishReading(raw, format, skipped, options);
}

/** Refuses more events than MAX_EVENTS (an array of them, or their count). */
function tooManyCheck(invalid: (problems: readonly string[]) => DatasetError) {
  return (events: unknown) => {
    const count = Array.isArray(events) ? events.length : typeof events === "number" ? events : 0;
    if (count <= MAX_EVENTS) return;
    throw invalid([
      `It has ${formatCount(count)} events; this app opens up to ${formatCount(MAX_EVENTS)}.`,
    ]);
  };
}

/**
 * Reads rows already converted to our format (an ACLED export read as it streamed in, see
 * read-acled-stream.ts): the same checks, texts and build as a whole file's.
 */
export async function readConverted(
  json: unknown,
  skipped: readonly string[],
  format: DatasetFormat,
  options: ReadOptions,
): Promise<Dataset> {
  const { label, timed = untimed } = options;
  const invalid = (problems: readonly string[]) =>
    new DatasetError(`${label} is not valid.`, capProblems(problems));
  const loadTexts = (raw: RawDataset) => sourceTexts(raw, options);
  // The loading screen's preview of when the events happen, as for a whole file.
  const starts = options.onStarts && previewStarts(json);
  if (starts) options.onStarts?.(starts);
  const raw = await timed("validate", () => checkShape(json, invalid, loadTexts));
  return finishReading(raw, format, skipped, options);
}

/** The texts, the build and the notices: the end of reading a dataset in any format. */
async function finishReading(
  raw: RawDataset,
  format: DatasetFormat,
  skipped: readonly string[],
  options: ReadOptions,
): Promise<Dataset> {
  const { name, label, timed = untimed } = options;
  const invalid = (problems: readonly string[]) =>
    new DatasetError(`${label} is not valid.`, capProblems(problems));
  const loadTexts = (raw: RawDataset) => sourceTexts(raw, options);
  const texts = await timed("texts", () => loadTexts(raw));
  const findQuote = await quoteFinderFor(raw);
  const checks = await quoteChecksFor(raw, texts);
  const built = await timed("build", () => buildDataset(raw, texts, undefined, findQuote, checks));
  if (!built.ok) throw invalid(built.problems);
  if (raw.events.length === 0) {
    throw invalid(
      skipped.length > 0
        ? ["None of its events could be read:", ...skipped.slice(0, 50)]
        : [
            format === "timelinejs-csv" || format === "acled-csv"
              ? "It has a header row but no rows of events."
              : "It has no events.",
          ],
    );
  }
  // Every skipped row is counted; the first few hundred are listed (a page of 100,000 reasons
  // helps no one and slows the page).
  const skippedWarnings: DatasetWarning[] = skipped
    .slice(0, MAX_LISTED)
    .map((reason) => ({ kind: "skipped", text: `Skipped ${reason}` }));
  if (skipped.length > MAX_LISTED) {
    skippedWarnings.push({
      kind: "unlisted",
      text: `Skipped ${formatCount(skipped.length - MAX_LISTED)} more rows or events, not listed`,
    });
  }
  return {
    ...built.dataset,
    origin: { name, format: FORMAT_NAMES[format] },
    skipped: skipped.length,
    warnings: [...skippedWarnings, ...built.dataset.warnings],
  };
}

/** Our columnar layout for large datasets (see columns/from-columns.ts) says so at its top. */
function isColumnar(json: unknown): json is { layout: string; events: unknown } {
  return typeof json === "object" && json !== null && "layout" in json && json.layout === "columns";
}

/** The texts of the sources that give an address for them, by source id. */
async function sourceTexts(raw: RawDataset, options: ReadOptions): Promise<Map<string, string>> {
  const texts = new Map<string, string>();
  await Promise.all(
    raw.sources.map(async (source) => {
      // A text at an address is the text of record (the inline one may be an old copy).
      if (source.textUrl === undefined || !options.fetchSourceText) return;
      texts.set(source.id, await options.fetchSourceText(source.textUrl));
    }),
  );
  return texts;
}

/**
 * The dataset in the schema's shape. A well-formed one takes the fast path; only one that is not
 * loads the schema, which lists what is wrong, and its well-formed parts are checked as a loaded
 * dataset is, so that a bad event does not hide the problems of the events after it.
 */
async function checkShape(
  candidate: unknown,
  invalid: (problems: readonly string[]) => DatasetError,
  loadTexts: (raw: RawDataset) => Promise<ReadonlyMap<string, string>>,
): Promise<RawDataset> {
  const wellFormed = takeWellFormedDataset(candidate);
  if (wellFormed) return wellFormed;
  const [{ parseDatasetShape }, { wellFormedParts }] = await Promise.all([
    import("./dataset-schema"),
    import("./well-formed-parts"),
  ]);
  const shape = parseDatasetShape(candidate);
  if (shape.ok) return shape.raw;
  const parts = wellFormedParts(candidate);
  let more: readonly string[] = [];
  if (parts) {
    let texts: ReadonlyMap<string, string> | undefined;
    try {
      texts = await loadTexts(parts.raw);
    } catch {
      // A source text that cannot be fetched: the schema's problems are reason enough to refuse.
    }
    const findQuote = await quoteFinderFor(parts.raw);
    const checks = texts && (await quoteChecksFor(parts.raw, texts));
    const built = texts && buildDataset(parts.raw, texts, parts.positions, findQuote, checks);
    if (built && !built.ok) more = built.problems;
  }
  throw invalid([...shape.problems, ...more]);
}

/**
 * TimelineJS's JSON: events with `start_date` (ours have `when`), or, with no events to tell by,
 * a title slide object rather than our title string. Our `version`, `sources` or a string title
 * say it is ours.
 */
export function looksLikeTimelineJs(json: unknown): boolean {
  if (typeof json !== "object" || json === null || Array.isArray(json)) return false;
  const record = json as Record<string, unknown>;
  const events = Array.isArray(record.events) ? record.events : [];
  const first = events.find(
    (event): event is object => typeof event === "object" && event !== null,
  );
  if (first) return "start_date" in first && !("when" in first);
  if ("version" in record || "sources" in record || typeof record.title === "string") return false;
  return typeof record.title === "object" && record.title !== null;
}

function parseJson(text: string, label: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new DatasetError(`${label} is not JSON.`, [
      error instanceof Error ? error.message : String(error),
    ]);
  }
}

export function megabytes(chars: number): string {
  // Rounded up, so a file just over the limit never reads as the limit itself ("50 MB; … 50 MB").
  const tenths = Math.ceil(chars / 100_000) / 10;
  return `${tenths.toLocaleString("en-GB", { maximumFractionDigits: 1 })} MB`;
}
