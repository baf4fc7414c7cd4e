import { utcDay, utcHour, utcMonth, utcYear } from "d3-time";
import { utcFormat } from "d3-time-format";
import { formatYear } from "./dates";
import { countsInYearsAgo, formatYearsAgo, PRESENT_YEAR } from "./deep-time";

const hourMinute = utcFormat("%H:%M");
const dayMonth = utcFormat("%-d %b");
const month = utcFormat("%b");
const year = utcFormat("%Y");

/**
 * Labels an axis tick by the coarsest unit it starts: "06:00", "15 Aug", "Aug", "2021". Day-first
 * and 24-hour, like every other date on the page, and in UTC like the data.
 */
export function formatTick(date: Date): string {
  if (utcHour(date) < date || utcDay(date) < date) return hourMinute(date);
  if (utcMonth(date) < date) return dayMonth(date);
  if (utcYear(date) < date) return month(date);
  // d3 writes the astronomical year -299 as "-0299": name the era as the dates on the page do.
  return date.getUTCFullYear() > 0 ? year(date) : formatYear(date.getUTCFullYear());
}

// Past this many significant digits, "4.6000001 billion years ago" reads worse than the year.
const MAX_AGO_DIGITS = 6;

/**
 * Labels a tick at an astronomical year on an axis of years `step` apart: "1500", "300,000 BCE",
 * "13.8 billion years ago", with as many digits as it takes to tell neighbouring ticks apart.
 */
export function formatYearTick(year: number, step: number): string {
  if (!countsInYearsAgo(year)) return formatYear(year);
  const ago = Math.abs(PRESENT_YEAR - year);
  const digits = Math.floor(Math.log10(ago)) - Math.floor(Math.log10(step)) + 1;
  if (digits <= MAX_AGO_DIGITS) return formatYearsAgo(year, Math.max(digits, 3));
  const grouped = (value: number) => value.toLocaleString("en-GB");
  return year > 0 ? grouped(year) : `${grouped(1 - year)} BCE`;
}
