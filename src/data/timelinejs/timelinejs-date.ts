import { isDeepYear } from "../../domain/deep-time";
import { formatCount } from "../../domain/count";
import type { Precision } from "../../domain/types";
import { MAX_SHOWN_DEPTH, nestingDepth } from "../nesting-depth";
import { quoted } from "../problem-words";

/** The names a date's parts go by in the file, for messages: `start_date.year` or `Year`. */
export interface DateFieldNames {
  readonly year: string;
  readonly month: string;
  readonly day: string;
  readonly time: string;
}

/** A TimelineJS date read into whole numbers; `year` is astronomical (-299 is 300 BCE). */
export interface DateParts {
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
  readonly hour?: number;
  readonly minute?: number;
}

// Our ISO dates have years of up to 12 digits: far more than the 13.8 billion since the Big Bang.
const MAX_YEAR = 999_999_999_999;

/**
 * Reads TimelineJS's date object ({year, month, day, hour, minute}, numbers or strings, "" for
 * none). TimelineJS writes 300 BCE as year -300 and has no year 0; we count astronomically
 * (ISO 8601: -0299 is 300 BCE), so negative years move up by one. A year beyond a Date's range
 * is read as a year only, as TimelineJS's own cosmological dates are: a month of the Big Bang
 * means nothing, and the rest of the timeline still shows.
 */
export function readTimelineDate(
  value: Record<string, unknown>,
  names: DateFieldNames,
): { ok: true; parts: DateParts } | { ok: false; problem: string } {
  const parts: Partial<Record<keyof DateParts, number>> = {};
  const read = (key: keyof DateParts, name: string, min: number, max: number) => {
    const raw = value[key];
    if (isEmptyPart(raw)) return undefined;
    const text = typeof raw === "number" ? String(raw) : typeof raw === "string" ? raw.trim() : "";
    if (!/^-?\d+$/.test(text)) return notWholeNumber(name, raw);
    const number = Number(text);
    if (number < min || number > max) return `${name} ${text} is not between ${min} and ${max}`;
    parts[key] = number;
    return undefined;
  };
  if (isEmptyPart(value.year)) {
    return { ok: false, problem: `${names.year} is empty` };
  }
  const problem =
    read("year", names.year, -Infinity, Infinity) ??
    read("month", names.month, 1, 12) ??
    read("day", names.day, 1, 31) ??
    read("hour", `${names.time} hour`, 0, 23) ??
    read("minute", `${names.time} minute`, 0, 59);
  if (problem) return { ok: false, problem };
  const year = parts.year as number;
  if (Math.abs(year) > MAX_YEAR) {
    return {
      ok: false,
      problem: `${names.year} ${year} is further from today than this timeline can place (±${MAX_YEAR.toLocaleString("en-GB")} years)`,
    };
  }
  const astronomical = year < 0 ? year + 1 : year;
  if (isDeepYear(astronomical)) return { ok: true, parts: { year: astronomical } };
  if (parts.day !== undefined && parts.month === undefined) {
    return { ok: false, problem: `${names.day} is given without ${names.month}` };
  }
  // Else the time would be placed on the 1st, a day the file never named.
  if (parts.hour !== undefined && parts.day === undefined) {
    return { ok: false, problem: `${names.time} hour is given without ${names.day}` };
  }
  if (parts.minute !== undefined && parts.hour === undefined) {
    return { ok: false, problem: `${names.time} has minutes without an hour` };
  }
  if (parts.day !== undefined && parts.day > daysIn(astronomical, parts.month as number)) {
    return {
      ok: false,
      problem: `${names.day} ${parts.day} is not a day of month ${parts.month} in ${year}`,
    };
  }
  return { ok: true, parts: { ...parts, year: astronomical } };
}

/** The precision a date's parts give: a time of day, a day, a month or a year. */
export function precisionOf(parts: DateParts): Precision {
  if (parts.hour !== undefined) return "minute";
  if (parts.day !== undefined) return "day";
  if (parts.month !== undefined) return "month";
  return "year";
}

/**
 * The ISO date (or date-time) of a date's start at a precision. With `last`, the start of the
 * last unit it covers: the year 1946 read at month precision ends in December 1946, honestly,
 * rather than in a January it never named.
 */
export function isoAt(parts: DateParts, precision: Precision, last = false): string {
  // A deep year is a year only, even as the end of a range that starts at a finer precision.
  if (isDeepYear(parts.year)) return `${isoYear(parts.year)}-01-01`;
  const month = precision === "year" ? 1 : (parts.month ?? (last ? 12 : 1));
  const day =
    precision === "year" || precision === "month"
      ? 1
      : (parts.day ?? (last ? daysIn(parts.year, month) : 1));
  const date = `${isoYear(parts.year)}-${pad(month)}-${pad(day)}`;
  if (precision !== "minute") return date;
  const hour = parts.hour ?? (last ? 23 : 0);
  const minute = parts.minute ?? (last ? 59 : 0);
  return `${date}T${pad(hour)}:${pad(minute)}Z`;
}

/**
 * An astronomical year as ISO 8601 writes it: four digits at least, a minus before BCE, up to 12
 * digits in deep time (-13799999999).
 */
export function isoYear(year: number): string {
  const digits = String(Math.abs(year)).padStart(4, "0");
  return year < 0 ? `-${digits}` : digits;
}

/** Whether a date part is left out: missing, null or blank ("" is how TimelineJS writes none). */
export function isEmptyPart(raw: unknown): boolean {
  return raw === undefined || raw === null || (typeof raw === "string" && raw.trim() === "");
}

function notWholeNumber(name: string, raw: unknown): string {
  // A list or object nested thousands deep is described by its depth: there is nothing to quote.
  const depth = nestingDepth(raw);
  return depth > MAX_SHOWN_DEPTH
    ? `${name} is nested ${formatCount(depth)} levels deep: give a whole number`
    : `${name} ${quoted(raw)} is not a whole number`;
}

function pad(value: number): string {
  return String(value).padStart(2, "0");
}

function daysIn(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}
