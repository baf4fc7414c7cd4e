/**
 * Deep time: years a JavaScript Date cannot hold (the Big Bang, the Cambrian). Events are placed
 * in ms since the epoch like every other date; beyond the Date range those ms are extrapolated
 * with the Gregorian mean year, so the scale runs on smoothly and only whole years exist there.
 */

/** The Gregorian calendar's mean year (146,097 days per 400 years), in ms. */
export const MEAN_YEAR_MS = 365.2425 * 86_400_000;

/** The first whole year a Date holds (it reaches back to 20 April 271,822 BCE, -8.64e15 ms). */
export const FIRST_DATE_YEAR = -271_820;
/** The last whole year a Date holds (it reaches 13 September 275,760, 8.64e15 ms). */
export const LAST_DATE_YEAR = 275_759;

// Deep time is anchored on the Date range's own edges, so the scale is continuous there and
// yearOfMs(msOfYear(y)) === y exactly on both sides.
const DATE_START_MS = Date.UTC(FIRST_DATE_YEAR, 0, 1);
const DATE_END_MS = Date.UTC(LAST_DATE_YEAR + 1, 0, 1);

/**
 * The present that "years ago" count from: at millions of years, which present is meant does not
 * show in three significant digits, and a fixed one keeps labels the same every year.
 */
export const PRESENT_YEAR = 2000;
const SCALES: readonly (readonly [number, string])[] = [
  [1e12, "trillion"],
  [1e9, "billion"],
  [1e6, "million"],
];

/** Whether a (astronomical) year lies outside the Date range and so is placed by extrapolation. */
export function isDeepYear(year: number): boolean {
  return year < FIRST_DATE_YEAR || year > LAST_DATE_YEAR;
}

/** Whether an instant lies outside the whole years a Date holds, so in a deep year. */
export function isDeepMs(ms: number): boolean {
  return ms < DATE_START_MS || ms >= DATE_END_MS;
}

/** The start of an astronomical year (0 is 1 BCE) in ms: by the calendar, or extrapolated. */
export function msOfYear(year: number): number {
  if (year < FIRST_DATE_YEAR) return DATE_START_MS - (FIRST_DATE_YEAR - year) * MEAN_YEAR_MS;
  if (year > LAST_DATE_YEAR) return DATE_END_MS + (year - LAST_DATE_YEAR - 1) * MEAN_YEAR_MS;
  if (year < 0 || year > 99) return Date.UTC(year, 0, 1);
  // Date.UTC maps years 0–99 to 1900–1999.
  const date = new Date(0);
  date.setUTCFullYear(year, 0, 1);
  return date.getTime();
}

/** The astronomical year an instant falls in, deep or not. */
export function yearOfMs(ms: number): number {
  if (!isDeepMs(ms)) return new Date(ms).getUTCFullYear();
  let year =
    ms < DATE_START_MS
      ? FIRST_DATE_YEAR - Math.ceil((DATE_START_MS - ms) / MEAN_YEAR_MS)
      : LAST_DATE_YEAR + 1 + Math.floor((ms - DATE_END_MS) / MEAN_YEAR_MS);
  // The division rounds; settle on the year whose start is the last one at or before `ms`.
  if (msOfYear(year) > ms) year -= 1;
  else if (msOfYear(year + 1) <= ms) year += 1;
  return year;
}

/** An instant as a year with its fraction (2000.5 is mid-2000), for spacing axis ticks. */
export function fractionalYearOfMs(ms: number): number {
  const year = yearOfMs(ms);
  const start = msOfYear(year);
  return year + (ms - start) / (msOfYear(year + 1) - start);
}

/** Whether a year is told as time before the present: from 1,000,000 BCE (or CE) on. */
export function countsInYearsAgo(year: number): boolean {
  return (year > 0 ? year : 1 - year) >= 1_000_000;
}

/**
 * A year as time before the present, to `significant` digits with trailing zeros dropped:
 * "13.8 billion years ago", "540 million years ago"; a year after 2000 reads "in … years".
 */
export function formatYearsAgo(year: number, significant = 3): string {
  const ago = PRESENT_YEAR - year;
  const rounded = Number(Math.abs(ago).toPrecision(significant));
  const [size, name] = SCALES.find(([size]) => rounded >= size) ?? [1, ""];
  const amount = size === 1 ? rounded.toLocaleString("en-GB") : String(rounded / size);
  const years = name ? `${amount} ${name} years` : `${amount} years`;
  return ago >= 0 ? `${years} ago` : `in ${years}`;
}
