import { DAY_MS, parseIsoDate } from "./dates";
import { resolveWeekday } from "./weekday";

/**
 * What a date phrase means, before it is written out: UTC midnights (ms) of the first and last
 * day, month or year it names, as date-phrases.ts turns them into a DateSuggestion.
 */
export interface DateReading {
  readonly start: number;
  readonly end?: number;
  readonly precision: "day" | "month" | "year";
  readonly approximate: boolean;
  readonly basis: "explicit" | "relative";
  /** A duration up to the publication ("20 years of war"), said so in its label. */
  readonly span?: boolean;
}

const pad = (value: number, width: number) => String(value).padStart(width, "0");

/** UTC midnight of a real day (2021-02-29 is not one); undefined otherwise. */
export function utcDay(year: number, month: number, day: number): number | undefined {
  return parseIsoDate(`${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`);
}

/** UTC midnight of a month's first day; months past 12 or before 1 roll into other years. */
export function monthStart(year: number, month: number): number {
  const index = year * 12 + (month - 1);
  return utcDay(Math.floor(index / 12), (index % 12) + 1, 1) ?? Number.NaN;
}

/** UTC midnight of 1 January of `year`. */
export function yearStart(year: number): number {
  return utcDay(year, 1, 1) ?? Number.NaN;
}

/** The UTC year and month (1–12) of an instant. */
export function yearAndMonth(ms: number): { readonly year: number; readonly month: number } {
  const date = new Date(ms);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1 };
}

/**
 * The latest `day` of `month` on or before the publication, for a date written without its
 * year ("August 19"). Looks back up to eight years, so that 29 February finds a leap year.
 */
export function latestDayOnOrBefore(
  month: number,
  day: number,
  published: number,
): number | undefined {
  const { year } = yearAndMonth(published);
  for (let back = 0; back <= 8; back++) {
    const ms = utcDay(year - back, month, day);
    if (ms !== undefined && ms <= published) return ms;
  }
  return undefined;
}

/** The latest `month` starting on or before the publication ("mid-August" without a year). */
export function latestMonthOnOrBefore(month: number, published: number): number {
  const current = yearAndMonth(published);
  return monthStart(month <= current.month ? current.year : current.year - 1, month);
}

/** The Monday starting the (Monday–Sunday) week that holds `ms`. */
export function mondayOf(ms: number): number {
  return resolveWeekday(ms, "monday") ?? ms;
}

/** `ms` moved by whole days (negative: back). */
export function addDays(ms: number, days: number): number {
  return ms + days * DAY_MS;
}
