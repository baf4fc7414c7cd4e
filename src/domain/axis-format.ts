import { utcDay, utcHour, utcMonth, utcYear } from "d3-time";
import { formatYear } from "./dates";
import { countsInYearsAgo, formatYearsAgo, PRESENT_YEAR } from "./deep-time";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const twoDigits = (n: number) => String(n).padStart(2, "0");
const hourMinute = (date: Date) =>
  `${twoDigits(date.getUTCHours())}:${twoDigits(date.getUTCMinutes())}`;
const month = (date: Date) => MONTHS[date.getUTCMonth()] as string;
const dayMonth = (date: Date) => `${date.getUTCDate()} ${month(date)}`;

/**
 * Labels an axis tick by the coarsest unit it starts: "06:00", "15 Aug", "Aug", "2021". Day-first
 * and 24-hour, like every other date on the page, and in UTC like the data.
 */
export function formatTick(date: Date): string {
  if (utcHour(date) < date || utcDay(date) < date) return hourMinute(date);
  if (utcMonth(date) < date) return dayMonth(date);
  if (utcYear(date) < date) return month(date);
  // "600", not d3's "0600"; "300 BCE", not "-0299": years as the dates on the page write them.
  return formatYear(date.getUTCFullYear());
}

/**
 * The axis's labels with the year always readable: where no tick of the window is a year's own,
 * the first is written in full ("14 Aug 2021", "Aug 2021", "19 Aug 2021, 11:00"), so a window of
 * days or hours still says when it is.
 */
export function withYearContext(dates: readonly Date[]): string[] {
  const labels = dates.map(formatTick);
  if (dates.some((date, i) => labels[i] === formatYear(date.getUTCFullYear()))) return labels;
  const first = dates[0];
  if (first) labels[0] = fullTick(first, labels[0] as string);
  return labels;
}

function fullTick(date: Date, label: string): string {
  const year = formatYear(date.getUTCFullYear());
  if (label === month(date)) return `${label} ${year}`;
  if (label === dayMonth(date)) return `${label} ${year}`;
  return `${dayMonth(date)} ${year}, ${label}`;
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
