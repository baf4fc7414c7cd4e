import {
  addDays,
  monthStart,
  mondayOf,
  yearAndMonth,
  yearStart,
  type DateReading,
} from "./date-phrase-calendar";
import { phrasePattern, type DatePhrasePattern } from "./date-phrase-pattern";
import { COUNT, WEEKDAY, countNumber } from "./date-phrase-words";
import { resolveWeekday } from "./weekday";

const relativeDay = (start: number, approximate = false): DateReading => ({
  start,
  precision: "day",
  approximate,
  basis: "relative",
});
const relativeMonth = (start: number, approximate = false): DateReading => ({
  start,
  precision: "month",
  approximate,
  basis: "relative",
});
const relativeYear = (year: number, approximate = false): DateReading => ({
  start: yearStart(year),
  precision: "year",
  approximate,
  basis: "relative",
});

// Days back from the publication date for the words that name one day.
const DAYS_BACK: Readonly<Record<string, number>> = {
  "the day before yesterday": 2,
  yesterday: 1,
  "last night": 1,
};

/** "3 days ago", "a week ago", "two decades ago": counted back from the publication date. */
function readAgo(count: number, unit: string, published: number): DateReading {
  const { year, month } = yearAndMonth(published);
  switch (unit) {
    case "day":
      return relativeDay(addDays(published, -count));
    // "A week ago" is a manner of speaking: the day, but approximate.
    case "week":
      return relativeDay(addDays(published, -7 * count), true);
    case "month":
      return relativeMonth(monthStart(year, month - count), true);
    case "year":
      return relativeYear(year - count, true);
    default:
      return relativeYear(year - 10 * count, true);
  }
}

/** "last week", "earlier this month", "this year": the week, month or year around publication. */
function readCalendarSpan(which: string, unit: string, published: number): DateReading {
  const { year, month } = yearAndMonth(published);
  const last = which === "last";
  if (unit === "week") {
    // Weeks run Monday to Sunday; "this week" stops at the publication (we count back only).
    const monday = mondayOf(last ? addDays(published, -7) : published);
    const end = last ? addDays(monday, 6) : published;
    return { ...relativeDay(monday, true), ...(end === monday ? {} : { end }) };
  }
  if (unit === "month") return relativeMonth(monthStart(year, last ? month - 1 : month));
  return relativeYear(last ? year - 1 : year);
}

/** A duration of years up to the publication: "20 years of war", "the past two decades". */
function readYearSpan(count: number, unit: string, published: number): DateReading | undefined {
  const years = unit.startsWith("decade") ? 10 * count : count;
  if (years < 2) return undefined;
  const { year } = yearAndMonth(published);
  return { ...relativeYear(year - years, true), end: yearStart(year), span: true };
}

/** The date patterns counted from the publication date: weekdays, "yesterday", "last week". */
export const RELATIVE_PATTERNS: readonly DatePhrasePattern[] = [
  // "on Thursday", "late on Sunday", "earlier on Tuesday", "last Tuesday", "Thursday night".
  phrasePattern(
    String.raw`\b(?:(?:late|early|earlier|later)\s(?:on\s)?)?(?:(?<which>on|last|this|next)\s)?(?<weekday>${WEEKDAY})(?:\s(?:morning|afternoon|evening|night))?`,
    ({ which, weekday }, published) => {
      // "next Tuesday" is ahead of the publication; the source's own date for it is unknown.
      if (which?.toLowerCase() === "next") return undefined;
      // "Last Tuesday" is the latest Tuesday before the publication day, never that day itself.
      const from = which?.toLowerCase() === "last" ? addDays(published, -1) : published;
      const start = resolveWeekday(from, weekday ?? "");
      return start === undefined ? undefined : relativeDay(start);
    },
  ),
  // "today", "tonight", "this morning", "yesterday", "the day before yesterday".
  phrasePattern(
    String.raw`\b(?<word>the\sday\sbefore\syesterday|yesterday|last\snight|today|tonight|this\s(?:morning|afternoon|evening)|(?:earlier|later)\stoday)(?![\p{L}])`,
    ({ word }, published) => {
      const key = (word ?? "").toLowerCase().replace(/\s/g, " ");
      return relativeDay(addDays(published, -(DAYS_BACK[key] ?? 0)));
    },
  ),
  // "two days ago", "3 days ago", "a week ago", "20 years ago", "two decades ago".
  phrasePattern(
    String.raw`\b(?<count>${COUNT})\s(?<unit>day|week|month|year|decade)s?\sago(?![\p{L}])`,
    ({ count, unit }, published) => {
      const number = countNumber(count ?? "");
      return number === undefined
        ? undefined
        : readAgo(number, (unit ?? "").toLowerCase(), published);
    },
  ),
  // "last week", "this week", "last month", "earlier this month", "last year", "earlier this year".
  phrasePattern(
    String.raw`\b(?:(?<earlier>earlier|later)\s)?(?<which>last|this)\s(?<unit>week|month|year)(?![\p{L}])`,
    ({ earlier, which, unit }, published) => {
      const lower = (which ?? "").toLowerCase();
      // "Later this month" is ahead of the publication; "later last year" is still behind it.
      if (earlier?.toLowerCase() === "later" && lower === "this") return undefined;
      return readCalendarSpan(lower, (unit ?? "").toLowerCase(), published);
    },
  ),
  // "20 years of war", "two decades of occupation": offered only where "of" makes it a span.
  phrasePattern(
    String.raw`\b(?<count>${COUNT})\s(?<unit>years|decades)(?=\sof\s)`,
    ({ count, unit }, published) => {
      const number = countNumber(count ?? "");
      return number === undefined
        ? undefined
        : readYearSpan(number, (unit ?? "").toLowerCase(), published);
    },
  ),
  // "the past 20 years", "the last two decades".
  phrasePattern(
    String.raw`\b(?:the\s)?(?:past|last)\s(?<count>${COUNT})\s(?<unit>years|decades)(?![\p{L}])`,
    ({ count, unit }, published) => {
      const number = countNumber(count ?? "");
      return number === undefined
        ? undefined
        : readYearSpan(number, (unit ?? "").toLowerCase(), published);
    },
  ),
];
