import {
  latestDayOnOrBefore,
  latestMonthOnOrBefore,
  monthStart,
  utcDay,
  yearStart,
  type DateReading,
} from "./date-phrase-calendar";
import { phrasePattern, type DatePhrasePattern, type PhraseGroups } from "./date-phrase-pattern";
import { ANY_MONTH, FULL_MONTH, isCapitalised, monthNumber } from "./date-phrase-words";

// A year as a source writes one: four digits, not part of a longer number ("12,2003",
// "2003.5"), a time ("20:03"), an amount ("$2003", "2003%"), a word ("2003s") or a
// date that is not one ("2021-02-30"). "1990-2000" is two years.
const YEAR = String.raw`(?<![\p{L}\d$£€]|\d[,.:])(?<year>\d{4})(?![\p{L}\d%]|[,.:]\d|-\d\d-)`;
// "1500 people" counts people; the number is not a year.
const NOT_COUNTING = String.raw`(?!\s(?:people|persons|men|women|children|troops|soldiers|fighters|civilians|refugees|families|km|kilometres|kilometers|miles|metres|meters|dollars|euros|tons|tonnes)(?![\p{L}]))`;
const DAY = String.raw`(?<day>\d{1,2})(?:st|nd|rd|th)?(?![\p{L}\d:])`;

const explicitDay = (start: number): DateReading => ({
  start,
  precision: "day",
  approximate: false,
  basis: "explicit",
});

const isYear = (year: number) => year >= 1000 && year <= 2100;

/** A day and month with or without a year; without one, the latest such day by publication. */
function readDayOfMonth(groups: PhraseGroups, published: number): DateReading | undefined {
  const month = monthNumber(groups.month ?? "");
  const day = Number(groups.day);
  if (month === undefined) return undefined;
  if (groups.year === undefined) {
    const start = latestDayOnOrBefore(month, day, published);
    return start === undefined
      ? undefined
      : { start, precision: "day", approximate: false, basis: "relative" };
  }
  const start = utcDay(Number(groups.year), month, day);
  return start === undefined ? undefined : explicitDay(start);
}

/** "mid-August", "in April 2017", "early May": a month, approximate when only part of it. */
function readMonth(groups: PhraseGroups, published: number): DateReading | undefined {
  const word = groups.month ?? "";
  const month = monthNumber(word);
  if (month === undefined) return undefined;
  const approximate = groups.part !== undefined;
  if (groups.year !== undefined) {
    const year = Number(groups.year);
    if (!isYear(year)) return undefined;
    return { start: monthStart(year, month), precision: "month", approximate, basis: "explicit" };
  }
  // Alone, a month needs a word before it and a capital: "may", "march" and "august" are
  // also a verb, a verb and an adjective.
  const alone = (groups.preposition ?? groups.part) !== undefined && isCapitalised(word);
  if (!alone || !new RegExp(`^${FULL_MONTH}$`, "iu").test(word)) return undefined;
  const start = latestMonthOnOrBefore(month, published);
  return { start, precision: "month", approximate, basis: "relative" };
}

/** The date patterns a source states outright (or all but the year of). */
export const EXPLICIT_PATTERNS: readonly DatePhrasePattern[] = [
  // ISO, "2021-08-19".
  phrasePattern(
    String.raw`(?<![\d-])(?<year>\d{4})-(?<month>\d{2})-(?<day>\d{2})(?![\d-])`,
    ({ year, month, day }) => {
      const start = utcDay(Number(year), Number(month), Number(day));
      return start === undefined ? undefined : explicitDay(start);
    },
  ),
  // "19/08/2021" is read as a day only when it cannot be the other way round (one side over
  // 12, or both the same): "05/08/2021" is 5 August in London and May 8 in New York, so it
  // gives its year alone.
  phrasePattern(
    String.raw`(?<![\d/])(?<first>\d{1,2})/(?<second>\d{1,2})/(?<year>\d{4})(?![\d/])`,
    ({ first, second, year }) => {
      const [a, b, value] = [Number(first), Number(second), Number(year)];
      if (a <= 12 && b <= 12 && a !== b) {
        return isYear(value)
          ? { start: yearStart(value), precision: "year", approximate: false, basis: "explicit" }
          : undefined;
      }
      const start = a > 12 ? utcDay(value, b, a) : utcDay(value, a, b);
      return start === undefined ? undefined : explicitDay(start);
    },
  ),
  // "19 August 2021", "on 19 August", "19th of Aug.".
  phrasePattern(
    String.raw`\b(?:on\s)?${DAY}\s(?:of\s)?(?<month>${ANY_MONTH})(?:,?\s${YEAR})?`,
    (groups, published) =>
      // "all 3 may go": a lower-case "may" after a number is a verb unless a year follows.
      groups.year === undefined && groups.month === "may"
        ? undefined
        : readDayOfMonth(groups, published),
  ),
  // "August 19, 2021", "Aug. 19", "on August 19th".
  phrasePattern(
    String.raw`\b(?:on\s)?(?<month>${ANY_MONTH})\s${DAY}(?:,?\s${YEAR})?`,
    readDayOfMonth,
  ),
  // "in April 2017", "April of 2017", "mid-August", "since early May".
  phrasePattern(
    String.raw`\b(?:(?<preposition>in|since|by|until|from)\s)?(?:(?<part>early|mid|late)[-\s])?(?<month>${ANY_MONTH})(?:\s(?:of\s)?${YEAR})?`,
    readMonth,
  ),
  // "the 1990s": the decade, approximate. "the 1900s" is left out: it may mean the century.
  phrasePattern(
    String.raw`(?:\bthe\s)?(?<![\p{L}\d,.])(?<decade>\d{3}0)s(?![\p{L}\d])`,
    ({ decade }) => {
      const year = Number(decade);
      if (!isYear(year) || (year % 100 === 0 && year !== 2000)) return undefined;
      const [start, end] = [yearStart(year), yearStart(year + 9)];
      return { start, end, precision: "year", approximate: true, basis: "explicit" };
    },
  ),
  // "in 2017", "since 2003", "early 2020", "mid-2019", or a year on its own.
  phrasePattern(
    String.raw`(?:\b(?<preposition>in|since|by|until|from|early|mid|late|around)[-\s])?${YEAR}${NOT_COUNTING}`,
    ({ preposition, year }) => {
      const value = Number(year);
      if (!isYear(value)) return undefined;
      const approximate = /^(?:early|mid|late|around)$/i.test(preposition ?? "");
      return { start: yearStart(value), precision: "year", approximate, basis: "explicit" };
    },
  ),
];
