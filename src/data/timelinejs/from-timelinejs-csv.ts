import type { CsvRecord } from "../csv";
import { readClockTime } from "./clock-time";
import { fromTimelineJs, type ConvertedTimeline, type TimelineJsLabels } from "./from-timelinejs";

/** The columns of TimelineJS's spreadsheet template, in its order. */
export const TIMELINEJS_COLUMNS = [
  "Year",
  "Month",
  "Day",
  "Time",
  "End Year",
  "End Month",
  "End Day",
  "End Time",
  "Display Date",
  "Headline",
  "Text",
  "Media",
  "Media Credit",
  "Media Caption",
  "Media Thumbnail",
  "Type",
  "Group",
  "Background",
] as const;

type Column = (typeof TIMELINEJS_COLUMNS)[number];

/** Whether a header row is TimelineJS's: it has a Year column and a Headline column. */
export function isTimelineJsHeader(cells: readonly string[]): boolean {
  const names = new Set(cells.map((cell) => cell.trim().toLowerCase()));
  return names.has("year") && names.has("headline");
}

/**
 * Converts a spreadsheet in TimelineJS's template (one row per event; Type "title" for the
 * title slide and "era" for eras) into our dataset format, the way TimelineJS reads it.
 * Messages name the spreadsheet row, counting the header as row 1.
 */
export function fromTimelineJsCsv(
  records: readonly CsvRecord[],
  name: string,
): { ok: true; timeline: ConvertedTimeline } | { ok: false; problems: string[] } {
  const [header, ...rows] = records;
  if (!header || !isTimelineJsHeader(header.cells)) {
    return {
      ok: false,
      problems: [
        `row 1: the columns are not TimelineJS's; its spreadsheet template has ${TIMELINEJS_COLUMNS.join(", ")} (Year and Headline at least)`,
      ],
    };
  }
  const columnIndex = new Map<string, number>();
  header.cells.forEach((cell, index) => {
    const key = cell.trim().toLowerCase();
    if (!columnIndex.has(key)) columnIndex.set(key, index);
  });

  const events: Record<string, unknown>[] = [];
  const eras: Record<string, unknown>[] = [];
  const eventRows: number[] = [];
  const eraRows: number[] = [];
  const skipped: string[] = [];
  let title: Record<string, unknown> | undefined;
  const rowNumbers = spreadsheetRows(records);
  rows.forEach((record, index) => {
    const row = rowNumbers[index + 1] ?? index + 2;
    const cell = (column: Column) => {
      const at = columnIndex.get(column.toLowerCase());
      return at === undefined ? "" : (record.cells[at] ?? "").trim();
    };
    if (record.cells.every((value) => value.trim() === "")) return;
    const type = cell("Type").toLowerCase();
    const text = { headline: cell("Headline"), text: cell("Text") };
    if (type === "title") {
      if (title) skipped.push(`row ${row}: a second title row (the first one is used)`);
      else title = { text, media: media(cell) };
      return;
    }
    const item = {
      start_date: dateOf(cell("Year"), cell("Month"), cell("Day"), cell("Time")),
      end_date: dateOf(cell("End Year"), cell("End Month"), cell("End Day"), cell("End Time")),
      text,
    };
    if (type === "era") {
      eras.push(item);
      eraRows.push(row);
      return;
    }
    events.push({
      ...item,
      media: media(cell),
      group: cell("Group"),
      display_date: cell("Display Date"),
    });
    eventRows.push(row);
  });

  const labels: TimelineJsLabels = {
    item: (list, index) => `row ${(list === "events" ? eventRows : eraRows)[index] ?? "?"}`,
    start: { year: "Year", month: "Month", day: "Day", time: "Time" },
    end: { year: "End Year", month: "End Month", day: "End Day", time: "End Time" },
    join: (item, problem) => `${item}: ${problem}`,
  };
  const converted = fromTimelineJs({ title, events, eras }, name, labels);
  if (!converted.ok) return converted;
  const all = [...skipped, ...converted.timeline.skipped].sort(byRow);
  return { ok: true, timeline: { ...converted.timeline, skipped: all } };
}

function media(cell: (column: Column) => string) {
  return {
    url: cell("Media"),
    credit: cell("Media Credit"),
    caption: cell("Media Caption"),
    thumbnail: cell("Media Thumbnail"),
  };
}

/** A date from the template's cells; a time of day such as "10:30", "9 pm" or "21:05:10". */
function dateOf(year: string, month: string, day: string, time: string) {
  const clock = readClockTime(time);
  // A time that is not a clock time is passed on as written, so its message quotes it.
  const hour = clock?.hour ?? time;
  const minute = clock?.minute ?? "";
  return { year, month, day, hour: time ? hour : "", minute: time ? minute : "" };
}

/**
 * Each record's row in a spreadsheet, the header's being 1: a spreadsheet shows an empty line of
 * the file as an empty row (the CSV reader skips it), and a quoted cell's line breaks in one row.
 */
function spreadsheetRows(records: readonly CsvRecord[]): number[] {
  let row = 0;
  let nextLine = records[0]?.line ?? 1;
  return records.map((record) => {
    row += 1 + record.line - nextLine;
    const breaks = record.cells.reduce((n, cell) => n + (cell.match(/\r\n?|\n/g)?.length ?? 0), 0);
    nextLine = record.line + breaks + 1;
    return row;
  });
}

function byRow(a: string, b: string): number {
  return Number(/^row (\d+)/.exec(a)?.[1] ?? 0) - Number(/^row (\d+)/.exec(b)?.[1] ?? 0);
}
