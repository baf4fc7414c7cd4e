/**
 * The words date phrases are made of (English month and weekday names, small numbers), as
 * regular-expression sources for the patterns in date-phrase-patterns.ts and as lookups.
 * Alternations are plain word lists: nothing here can backtrack beyond one word.
 */

const MONTH_NAMES = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];

// Abbreviations may end in a full stop ("Aug."); a full name never takes one (that dot ends
// the sentence). "Sept" before "Sep" so that the longer one is tried first.
const MONTH_ABBREVIATIONS = "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";

/** A full month name, not part of a longer word ("Marchers" is not March). */
export const FULL_MONTH = `(?:${MONTH_NAMES.join("|")})(?![a-z])`;

/** A month written in full or abbreviated ("Aug", "Aug."), not part of a longer word. */
export const ANY_MONTH = `(?:${MONTH_NAMES.join("|")}|(?:${MONTH_ABBREVIATIONS})(?![a-z])\\.?)(?![a-z])`;

/** A weekday name, not its plural ("on Sundays" is a habit, not a date) or part of a word. */
export const WEEKDAY = "(?:sunday|monday|tuesday|wednesday|thursday|friday|saturday)(?![a-z])";

/** The month (1–12) a month word names ("Aug.", "august", "Sept"); undefined for other words. */
export function monthNumber(word: string): number | undefined {
  // A full name or its first three or four letters ("Aug", "Sept"), as the patterns allow.
  const key = word.toLowerCase().replace(/\.$/, "");
  const index = key.length < 3 ? -1 : MONTH_NAMES.findIndex((name) => name.startsWith(key));
  return index < 0 ? undefined : index + 1;
}

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
};

/** A count written in digits (up to three) or as a word ("two", "a"). */
export const COUNT = `(?:\\d{1,3}|${Object.keys(NUMBER_WORDS).join("|")})(?![a-z\\d])`;

/** The number a count names ("two" → 2, "20" → 20); undefined for other words. */
export function countNumber(word: string): number | undefined {
  const lower = word.toLowerCase();
  if (/^\d{1,3}$/.test(lower)) return Number(lower);
  return Object.hasOwn(NUMBER_WORDS, lower) ? NUMBER_WORDS[lower] : undefined;
}

/** Whether a word starts with a capital letter, as a month named on its own must. */
export function isCapitalised(word: string): boolean {
  const first = word.charAt(0);
  return first !== first.toLowerCase();
}
