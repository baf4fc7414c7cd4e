import type { DateReading } from "./date-phrase-calendar";
import { formatAtPrecision, formatWhen } from "./dates";

const weekdayName = new Intl.DateTimeFormat("en-GB", { weekday: "short", timeZone: "UTC" });

/** The publication date as labels name it: "Thu 19 Aug 2021" (from UTC, whatever the zone). */
export function formatPublished(published: number): string {
  return `${weekdayName.format(published)} ${formatAtPrecision(published, "day")}`;
}

// Phrases may run over a line break in pasted text; labels and notes read on one line.
const oneLine = (phrase: string) => phrase.replace(/\s+/g, " ").trim();

/** The words a label starts with: the phrase without its "on" or "in", capitalised. */
function labelWords(phrase: string): string {
  const words = oneLine(phrase).replace(/^(?:on|in)\s/i, "");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The dates a reading names, at its precision: "19 Aug 2021", "9–15 Aug 2021", "2001–2021". */
function formatReading(reading: DateReading): string {
  // Approximation is said in the label's own words, so formatWhen leaves it out here.
  return formatWhen({ ...reading, approximate: false, note: "" }, { withBasis: false });
}

/** The button's words: "Thursday → 19 Aug 2021 (counted back from Thu 19 Aug 2021)". */
export function dateLabel(phrase: string, reading: DateReading, published: number): string {
  const how = [
    reading.span ? "a span" : "",
    reading.approximate ? "approximate" : "",
    reading.basis === "relative" ? `counted back from ${formatPublished(published)}` : "as stated",
  ].filter(Boolean);
  return `${labelWords(phrase)} → ${formatReading(reading)} (${how.join(", ")})`;
}

/** The date's note, in the dataset's words: "“on Thursday”, counted back from Thu 19 Aug 2021". */
export function dateNote(phrase: string, reading: DateReading, published: number): string {
  const quoted = `“${oneLine(phrase)}”`;
  if (reading.basis === "explicit") return `${quoted}, as the source states it`;
  const counted = `counted back from ${formatPublished(published)}`;
  return reading.span ? `${quoted}, a span of years ${counted}` : `${quoted}, ${counted}`;
}
