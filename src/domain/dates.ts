import {
  countsInYearsAgo,
  formatYearsAgo,
  isDeepMs,
  isDeepYear,
  msOfYear,
  yearOfMs,
} from "./deep-time";
import type { Precision, When } from "./types";

export const DAY_MS = 86_400_000;
export const HOUR_MS = 3_600_000;

// Years of up to 12 digits: deep time reaches back to the Big Bang (-13799999999).
const ISO_DATE = /^(-?\d{4,12})-(\d{2})-(\d{2})$/;
const ISO_DATE_TIME = /^(-?\d{4,12})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?Z$/;

/**
 * Parses an ISO date (YYYY-MM-DD) as UTC midnight; undefined unless it names a real day. Beyond
 * the Date range only whole years exist, written as the year's first day (-13799999999-01-01).
 */
export function parseIsoDate(value: string): number | undefined {
  // The common case, a four-digit year, read digit by digit: a dataset has 100,000 of them.
  if (value.length === 10 && value.charCodeAt(4) === 45 && value.charCodeAt(7) === 45) {
    const year = digits(value, 0, 4);
    const month = digits(value, 5, 7);
    const day = digits(value, 8, 10);
    if (year >= 0 && month >= 0 && day >= 0) return utcIfReal(year, month, day, 0, 0, 0);
  }
  const match = ISO_DATE.exec(value);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (isDeepYear(year)) return month === 1 && day === 1 ? msOfYear(year) : undefined;
  return utcIfReal(year, month, day, 0, 0, 0);
}

/** The number the decimal digits in [from, to) of `value` spell; -1 if any is not a digit. */
function digits(value: string, from: number, to: number): number {
  let number = 0;
  for (let i = from; i < to; i++) {
    const digit = value.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    number = number * 10 + digit;
  }
  return number;
}

/** Parses an ISO date or a UTC date-time (YYYY-MM-DDTHH:MM[:SS]Z); undefined otherwise. */
export function parseIsoDateOrTime(value: string): number | undefined {
  const date = parseIsoDate(value);
  if (date !== undefined) return date;
  const match = ISO_DATE_TIME.exec(value);
  if (!match) return undefined;
  const [, y, mo, d, h, mi, s] = match;
  // A deep year has no time of day.
  if (isDeepYear(Number(y))) return undefined;
  return utcIfReal(Number(y), Number(mo), Number(d), Number(h), Number(mi), Number(s ?? 0));
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function utcIfReal(y: number, mo: number, d: number, h: number, mi: number, s: number) {
  if (h > 23 || mi > 59 || s > 59 || mo < 1 || mo > 12 || d < 1) return undefined;
  const leap = mo === 2 && y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  if (d > (DAYS_IN_MONTH[mo - 1] as number) + (leap ? 1 : 0)) return undefined;
  // Date.UTC maps years 0–99 to 1900–1999, so set the year on a Date instead for those.
  if (y >= 100) return Date.UTC(y, mo - 1, d, h, mi, s);
  const date = new Date(0);
  date.setUTCFullYear(y, mo - 1, d);
  date.setUTCHours(h, mi, s, 0);
  // Date rolls 2021-02-30 over into March: a real day reads back unchanged.
  const real =
    date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
  return real ? date.getTime() : undefined;
}

/**
 * Formats a UTC instant as YYYY-MM-DD, or as YYYY-MM-DDTHH:MMZ when it is not midnight. A deep
 * instant is written as its year's first day (-13799999999-01-01): a Date would throw there.
 */
export function formatIsoInstant(ms: number): string {
  if (isDeepMs(ms)) {
    const year = yearOfMs(ms);
    return `${year < 0 ? "-" : ""}${String(Math.abs(year)).padStart(4, "0")}-01-01`;
  }
  const iso = new Date(ms).toISOString();
  // toISOString writes years outside 0–9999 with six digits and a sign (-000299); ISO dates in
  // our files and links use at least four digits and a minus only (-0299, astronomical years).
  const [, sign, digits, rest] = /^([+-]?)(\d+)(-.*)$/.exec(iso) as unknown as [
    string,
    string,
    string,
    string,
  ];
  const year = `${sign === "-" ? "-" : ""}${digits.replace(/^0+(?=\d{4})/, "")}`;
  const date = `${year}${rest.slice(0, 6)}`;
  const time = rest.slice(7, 12);
  return time === "00:00" ? date : `${date}T${time}Z`;
}

const formatters = {
  minute: new Intl.DateTimeFormat("en-GB", {
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    timeZone: "UTC",
  }),
  day: new Intl.DateTimeFormat("en-GB", {
    day: "numeric",
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  }),
  month: new Intl.DateTimeFormat("en-GB", { month: "long", year: "numeric", timeZone: "UTC" }),
  year: new Intl.DateTimeFormat("en-GB", { year: "numeric", timeZone: "UTC" }),
};

/**
 * The year as people write it: 2021, or 300 BCE for the astronomical year -299 (no year 0), or
 * from a million years on, "13.8 billion years ago" (to `significant` digits).
 */
export function formatYear(year: number, significant = 3): string {
  if (countsInYearsAgo(year)) return formatYearsAgo(year, significant);
  return year > 0 ? String(year) : `${(1 - year).toLocaleString("en-GB")} BCE`;
}

/** Formats one date at its precision: "15 Aug 2021", "April 2017", "2001", "300 BCE". */
export function formatAtPrecision(ms: number, precision: Precision): string {
  // Deep time has whole years only, whatever the precision asked for.
  if (isDeepMs(ms)) return formatYear(yearOfMs(ms));
  const year = new Date(ms).getUTCFullYear();
  if (year > 0) {
    const text = formatters[precision].format(ms);
    return precision === "minute" ? `${text.replace(" at ", ", ")} UTC` : text;
  }
  // Intl writes the astronomical year -299 as "300" with no era: name the era ourselves.
  if (precision === "year") return formatYear(year);
  const shifted = new Date(ms);
  shifted.setUTCFullYear(2000);
  const withoutYear = formatters[precision].format(shifted).replace(/\b2000\b/, formatYear(year));
  return precision === "minute" ? `${withoutYear.replace(" at ", ", ")} UTC` : withoutYear;
}

/**
 * Formats a date or range at its real precision: "17–19 Aug 2021 (inferred)", "(approximate)".
 * `withBasis: false` leaves out "inferred", for a place that says how the date is known itself.
 */
export function formatWhen(when: When, { withBasis = true } = {}): string {
  const start = formatAtPrecision(when.start, when.precision);
  let text = start;
  if (when.end !== undefined && when.end !== when.start) {
    text = formatRange(when.start, when.end, when.precision);
  }
  const qualifiers = [
    when.approximate ? "approximate" : "",
    withBasis && when.basis === "inferred" ? "inferred" : "",
  ]
    .filter(Boolean)
    .join(", ");
  return qualifiers ? `${text} (${qualifiers})` : text;
}

function formatRange(start: number, end: number, precision: Precision): string {
  if (isDeepMs(start) || isDeepMs(end)) return formatDeepRange(start, end, precision);
  const a = new Date(start);
  const b = new Date(end);
  const sameYear = a.getUTCFullYear() === b.getUTCFullYear();
  const sameMonth = sameYear && a.getUTCMonth() === b.getUTCMonth();
  if (precision === "day" && sameMonth) {
    return `${a.getUTCDate()}–${formatAtPrecision(end, "day")}`;
  }
  if (precision === "day" && sameYear) {
    const short = new Intl.DateTimeFormat("en-GB", {
      day: "numeric",
      month: "short",
      timeZone: "UTC",
    });
    return `${short.format(start)} – ${formatAtPrecision(end, "day")}`;
  }
  // Spaced when either side has more than one word ("30 Dec 2020 – 2 Jan 2021"), tight for "2001–2021".
  const separator = precision === "year" ? "–" : " – ";
  return `${formatAtPrecision(start, precision)}${separator}${formatAtPrecision(end, precision)}`;
}

// Spaced, since "13.8 billion years ago" has words; where both ends round to the same text,
// digits are added until they differ.
function formatDeepRange(start: number, end: number, precision: Precision): string {
  let [from, to] = [formatAtPrecision(start, precision), formatAtPrecision(end, precision)];
  const [a, b] = [yearOfMs(start), yearOfMs(end)];
  for (let digits = 4; from === to && a !== b && digits <= 13; digits++) {
    [from, to] = [formatYear(a, digits), formatYear(b, digits)];
  }
  return `${from} – ${to}`;
}

/** Where an event's date ends (exclusive): a day-precision date covers its whole day, a month its month. */
export function whenEndMs(when: Pick<When, "start" | "end" | "precision">): number {
  const last = when.end ?? when.start;
  // Days are all the same length in UTC: no Date needed for the common case (100,000 times over).
  if (when.precision === "day") return last + DAY_MS;
  if (when.precision === "minute") return last + 60_000;
  if (isDeepMs(last)) return msOfYear(yearOfMs(last) + 1);
  const date = new Date(last);
  if (when.precision === "year") date.setUTCFullYear(date.getUTCFullYear() + 1, 0, 1);
  else date.setUTCMonth(date.getUTCMonth() + 1, 1);
  return date.getTime();
}

/** Whether the event spans more than its single precision unit (drawn as a bar). */
export function isRange(when: When): boolean {
  return when.end !== undefined && when.end !== when.start;
}
