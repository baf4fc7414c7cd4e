import { DAY_MS } from "./dates";

const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

/**
 * Resolves a weekday named in an article ("on Tuesday") to the latest such day on or before
 * the publication date, as news copy uses it. Undefined for a word that is not a weekday.
 */
export function resolveWeekday(publishedAt: number, weekday: string): number | undefined {
  const target = WEEKDAYS.indexOf(weekday.trim().toLowerCase());
  if (target < 0) return undefined;
  const published = new Date(publishedAt).getUTCDay();
  const daysBack = (published - target + 7) % 7;
  return publishedAt - daysBack * DAY_MS;
}
