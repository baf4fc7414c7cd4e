import { formatIsoInstant } from "../../domain/dates";
import type { Precision } from "../../domain/types";

/**
 * A date as an ISO 8601 date only as long as it is known: "2021", "2021-08", "2021-08-19", or
 * "2021-08-19T14:05Z" for a time of day. A longer date would claim a day nobody gave.
 */
export function isoAtPrecision(ms: number, precision: Precision): string {
  const iso = formatIsoInstant(ms);
  if (precision === "minute") return iso.includes("T") ? iso : `${iso}T00:00Z`;
  const [date = iso] = iso.split("T");
  const [, year = date, month = "01"] = /^(-?\d+)-(\d\d)-\d\d$/.exec(date) ?? [];
  if (precision === "year") return year;
  if (precision === "month") return `${year}-${month}`;
  return date;
}
