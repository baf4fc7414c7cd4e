import { utcDay, utcHour, utcMonth, utcYear } from "d3-time";
import { utcFormat } from "d3-time-format";

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
  return year(date);
}
