import { describe, expect, it } from "vitest";
import { MAX_DATE_SUGGESTIONS, suggestDates } from "../../src/domain/date-phrases";
import { kabulArticle } from "../fixtures/kabul";

// Publication dates chosen for their weekdays and boundaries.
const THU = "2021-08-19"; // the Press TV article's own date, a Thursday
const FRI = "2021-08-20";
const SUN = "2021-08-22";
const NEW_YEAR = "2021-01-01"; // a Friday
const LEAP_MARCH = "2020-03-01"; // a Sunday after 29 February
const MARCH = "2021-03-01"; // a Monday after 28 February

interface Expected {
  readonly phrase: string;
  readonly start: string;
  readonly end?: string;
  readonly precision: "day" | "month" | "year";
  readonly approximate?: boolean;
  readonly basis: "explicit" | "relative";
}

const day = (phrase: string, start: string, more: Partial<Expected> = {}): Expected => ({
  phrase,
  start,
  precision: "day",
  basis: "relative",
  ...more,
});

// [the sentence, its publication date, the one suggestion it gives]
const ONE_DATE: readonly (readonly [string, string, Expected])[] = [
  // Weekdays, counted back to the latest such day on or before publication.
  ["Lavrov said on Thursday that Moscow favours dialogue.", THU, day("on Thursday", THU)],
  ["The talks ended Thursday.", FRI, day("Thursday", THU)],
  ["They met on Thursday morning.", FRI, day("on Thursday morning", THU)],
  ["Crowds gathered on Thursday night.", FRI, day("on Thursday night", THU)],
  ["He spoke on Wednesday evening.", THU, day("on Wednesday evening", "2021-08-18")],
  ["Kabul fell late on Sunday.", THU, day("late on Sunday", "2021-08-15")],
  ["He said earlier on Tuesday that it was over.", THU, day("earlier on Tuesday", "2021-08-17")],
  ["It happened last Tuesday.", THU, day("last Tuesday", "2021-08-17")],
  ["It happened last Thursday.", THU, day("last Thursday", "2021-08-12")],
  ["It happened last Sunday.", SUN, day("last Sunday", "2021-08-15")],
  ["They meet this Thursday.", THU, day("this Thursday", THU)],
  ["They met on Sunday.", SUN, day("on Sunday", SUN)],
  ["They met on Friday.", SUN, day("on Friday", FRI)],
  ["They met on Saturday.", NEW_YEAR, day("on Saturday", "2020-12-26")],
  ["They met on TUESDAY.", THU, day("on TUESDAY", "2021-08-17")],
  // Days named from the publication date.
  ["The embassy closed today.", THU, day("today", THU)],
  ["The embassy closed yesterday.", LEAP_MARCH, day("yesterday", "2020-02-29")],
  ["The embassy closed yesterday.", MARCH, day("yesterday", "2021-02-28")],
  ["It closed the day before yesterday.", NEW_YEAR, day("the day before yesterday", "2020-12-30")],
  ["He will speak tonight.", THU, day("tonight", THU)],
  ["He spoke this morning.", THU, day("this morning", THU)],
  ["He spoke earlier today.", THU, day("earlier today", THU)],
  ["Shots were heard last night.", NEW_YEAR, day("last night", "2020-12-31")],
  ["It began two days ago.", THU, day("two days ago", "2021-08-17")],
  ["It began 3 days ago.", NEW_YEAR, day("3 days ago", "2020-12-29")],
  ["It began a week ago.", THU, day("a week ago", "2021-08-12", { approximate: true })],
  // Weeks run Monday to Sunday; "this week" stops at the publication.
  [
    "Talks stalled last week.",
    THU,
    day("last week", "2021-08-09", { end: "2021-08-15", approximate: true }),
  ],
  [
    "Talks stalled last week.",
    SUN,
    day("last week", "2021-08-09", { end: "2021-08-15", approximate: true }),
  ],
  [
    "Talks stalled this week.",
    THU,
    day("this week", "2021-08-16", { end: THU, approximate: true }),
  ],
  ["Talks stalled this week.", MARCH, day("this week", MARCH, { approximate: true })],
  // Months and years named from the publication date.
  [
    "Prices rose last month.",
    NEW_YEAR,
    { phrase: "last month", start: "2020-12", precision: "month", basis: "relative" },
  ],
  [
    "It was agreed earlier this month.",
    THU,
    { phrase: "earlier this month", start: "2021-08", precision: "month", basis: "relative" },
  ],
  [
    "It was agreed last year.",
    NEW_YEAR,
    { phrase: "last year", start: "2020", precision: "year", basis: "relative" },
  ],
  [
    "It was agreed earlier this year.",
    THU,
    { phrase: "earlier this year", start: "2021", precision: "year", basis: "relative" },
  ],
  [
    "US troops arrived 20 years ago.",
    THU,
    {
      phrase: "20 years ago",
      start: "2001",
      precision: "year",
      approximate: true,
      basis: "relative",
    },
  ],
  [
    "US troops arrived two decades ago.",
    THU,
    {
      phrase: "two decades ago",
      start: "2001",
      precision: "year",
      approximate: true,
      basis: "relative",
    },
  ],
  [
    "The rate fell three months ago.",
    NEW_YEAR,
    {
      phrase: "three months ago",
      start: "2020-10",
      precision: "month",
      approximate: true,
      basis: "relative",
    },
  ],
  // Durations of years, up to the publication.
  [
    "They ended 20 years of war.",
    THU,
    {
      phrase: "20 years",
      start: "2001",
      end: "2021",
      precision: "year",
      approximate: true,
      basis: "relative",
    },
  ],
  [
    "After two decades of occupation.",
    THU,
    {
      phrase: "two decades",
      start: "2001",
      end: "2021",
      precision: "year",
      approximate: true,
      basis: "relative",
    },
  ],
  [
    "It grew over the past 20 years.",
    THU,
    {
      phrase: "the past 20 years",
      start: "2001",
      end: "2021",
      precision: "year",
      approximate: true,
      basis: "relative",
    },
  ],
  // Dates the source states.
  ["It fell on 19 August 2021.", THU, day("on 19 August 2021", THU, { basis: "explicit" })],
  ["It fell on August 19, 2021.", THU, day("on August 19, 2021", THU, { basis: "explicit" })],
  ["It fell on 4 Sept. 2021.", THU, day("on 4 Sept. 2021", "2021-09-04", { basis: "explicit" })],
  [
    "It fell on the 19th of August 2021.",
    THU,
    day("19th of August 2021", THU, { basis: "explicit" }),
  ],
  [
    "It ended December 31, 2020.",
    NEW_YEAR,
    day("December 31, 2020", "2020-12-31", { basis: "explicit" }),
  ],
  [
    "It was signed 29 February 2020.",
    MARCH,
    day("29 February 2020", "2020-02-29", { basis: "explicit" }),
  ],
  ["It was signed 2021-08-19.", THU, day("2021-08-19", THU, { basis: "explicit" })],
  ["It was signed 19/08/2021.", THU, day("19/08/2021", THU, { basis: "explicit" })],
  ["It was signed 08/19/2021.", THU, day("08/19/2021", THU, { basis: "explicit" })],
  ["It was signed 07/07/2021.", THU, day("07/07/2021", "2021-07-07", { basis: "explicit" })],
  [
    "It was signed 05/08/2021.",
    THU,
    { phrase: "05/08/2021", start: "2021", precision: "year", basis: "explicit" },
  ],
  // A day without its year takes the publication's year, or the one before if still ahead.
  ["It fell on Aug. 19.", THU, day("on Aug. 19", THU)],
  ["It fell on Aug. 19.", "2021-08-18", day("on Aug. 19", "2020-08-19")],
  ["It fell on August 19.", FRI, day("on August 19", THU)],
  ["It fell on 19 August.", FRI, day("on 19 August", THU)],
  ["It fell on 31 December.", NEW_YEAR, day("on 31 December", "2020-12-31")],
  ["Signed on 29 February.", MARCH, day("on 29 February", "2020-02-29")],
  ["Polls open may 5.", THU, day("may 5", "2021-05-05")],
  [
    "Talks began mid-August.",
    THU,
    {
      phrase: "mid-August",
      start: "2021-08",
      precision: "month",
      approximate: true,
      basis: "relative",
    },
  ],
  ["Thursday's talks ended.", THU, day("Thursday", THU)],
  // An impossible day leaves the month it names.
  [
    "Signed 29 February 2021.",
    THU,
    { phrase: "February 2021", start: "2021-02", precision: "month", basis: "explicit" },
  ],
  // Months and years.
  [
    "It was founded in April 2017.",
    THU,
    { phrase: "in April 2017", start: "2017-04", precision: "month", basis: "explicit" },
  ],
  [
    "Founded April 2017, it grew.",
    THU,
    { phrase: "April 2017", start: "2017-04", precision: "month", basis: "explicit" },
  ],
  [
    "Elections in may 2021 failed.",
    THU,
    { phrase: "in may 2021", start: "2021-05", precision: "month", basis: "explicit" },
  ],
  [
    "Talks began in mid-August.",
    THU,
    {
      phrase: "in mid-August",
      start: "2021-08",
      precision: "month",
      approximate: true,
      basis: "relative",
    },
  ],
  [
    "Talks began in mid-September.",
    THU,
    {
      phrase: "in mid-September",
      start: "2020-09",
      precision: "month",
      approximate: true,
      basis: "relative",
    },
  ],
  [
    "Talks began in December.",
    NEW_YEAR,
    { phrase: "in December", start: "2020-12", precision: "month", basis: "relative" },
  ],
  [
    "Talks began late August 2019.",
    THU,
    {
      phrase: "late August 2019",
      start: "2019-08",
      precision: "month",
      approximate: true,
      basis: "explicit",
    },
  ],
  [
    "It was built in 2017.",
    THU,
    { phrase: "in 2017", start: "2017", precision: "year", basis: "explicit" },
  ],
  [
    "It has been banned since 2003.",
    THU,
    { phrase: "since 2003", start: "2003", precision: "year", basis: "explicit" },
  ],
  [
    "The 2003 ruling stands.",
    THU,
    { phrase: "2003", start: "2003", precision: "year", basis: "explicit" },
  ],
  [
    "It began early 2020.",
    THU,
    {
      phrase: "early 2020",
      start: "2020",
      precision: "year",
      approximate: true,
      basis: "explicit",
    },
  ],
  [
    "It began in late 2019.",
    THU,
    { phrase: "late 2019", start: "2019", precision: "year", approximate: true, basis: "explicit" },
  ],
  [
    "It began mid-2019.",
    THU,
    { phrase: "mid-2019", start: "2019", precision: "year", approximate: true, basis: "explicit" },
  ],
  [
    "Civil war marked the 1990s.",
    THU,
    {
      phrase: "the 1990s",
      start: "1990",
      end: "1999",
      precision: "year",
      approximate: true,
      basis: "explicit",
    },
  ],
  [
    "Civil war marked the 2000s.",
    THU,
    {
      phrase: "the 2000s",
      start: "2000",
      end: "2009",
      precision: "year",
      approximate: true,
      basis: "explicit",
    },
  ],
];

describe("suggestDates: one phrase each", () => {
  it.each(ONE_DATE)("%s (published %s)", (text, publishedAt, expected) => {
    const suggestions = suggestDates(text, publishedAt);
    expect(suggestions).toHaveLength(1);
    const [suggestion] = suggestions;
    expect(suggestion?.phrase).toBe(expected.phrase);
    expect(suggestion?.when).toMatchObject({
      start: expected.start,
      precision: expected.precision,
      approximate: expected.approximate ?? false,
      basis: expected.basis,
    });
    expect(suggestion?.when.end).toBe(expected.end);
    const at = suggestion?.at ?? { start: 0, end: 0 };
    expect(text.slice(at.start, at.end)).toBe(expected.phrase);
  });
});

// Words that look like dates and are not (or are no date we can name).
const NO_DATE: readonly string[] = [
  "Marchers filled the square.",
  "Talks may resume soon.",
  "All 3 may go.",
  "The march began in march.",
  "An august body met.",
  "Jan Egeland said so.",
  "The market is closed on Sundays.",
  "They meet next Tuesday.",
  "It will be decided later this month.",
  "He was jailed for 20 years.",
  "It happened at 20:03 local time.",
  "Some 2,003 people fled.",
  "Some 1500 troops stayed.",
  "It cost $2003.",
  "Turnout rose 2003%.",
  "Call 12345 or 20210.",
  "Version 1.2003 shipped.",
  "It was signed 2021-02-30.",
  "The 1800s were long ago.",
  "The year 999 and 2150.",
];

describe("suggestDates: words that are not dates", () => {
  it.each(NO_DATE)("%s", (text) => {
    expect(suggestDates(text, THU)).toEqual([]);
  });

  it("gives nothing for an unreadable publication date instead of failing", () => {
    for (const publishedAt of [
      "",
      "2021-02-30",
      "19 August 2021",
      "yesterday",
      "-13799999999-01-01",
    ]) {
      expect(suggestDates("He spoke on Thursday.", publishedAt)).toEqual([]);
    }
  });
});

describe("suggestDates: labels and notes", () => {
  it("never reaches before year 1000", () => {
    expect(
      suggestDates("Built fifty decades ago, in 1100.", "1100-06-01").map((s) => s.phrase),
    ).toEqual(["in 1100"]);
  });

  it("labels a weekday with the day and the publication date it was counted from", () => {
    const [thursday] = suggestDates("He spoke on Thursday.", FRI);
    expect(thursday?.label).toBe("Thursday → 19 Aug 2021 (counted back from Fri 20 Aug 2021)");
    expect(thursday?.when.note).toBe("“on Thursday”, counted back from Fri 20 Aug 2021");
  });

  it("says an explicit date is as the source states it", () => {
    const [april] = suggestDates("It was founded in April 2017.", THU);
    expect(april?.label).toBe("April 2017 → April 2017 (as stated)");
    expect(april?.when.note).toBe("“in April 2017”, as the source states it");
  });

  it("says a duration is a span and approximate", () => {
    const [span] = suggestDates("They ended 20 years of war.", THU);
    expect(span?.label).toBe(
      "20 years → 2001–2021 (a span, approximate, counted back from Thu 19 Aug 2021)",
    );
    expect(span?.when.note).toBe("“20 years”, a span of years counted back from Thu 19 Aug 2021");
  });

  it("writes a range and its approximation: last week", () => {
    const [week] = suggestDates("Talks stalled last week.", NEW_YEAR);
    expect(week?.label).toBe(
      "Last week → 21–27 Dec 2020 (approximate, counted back from Fri 1 Jan 2021)",
    );
  });

  it("reads a phrase over a line break and labels it on one line", () => {
    const [date] = suggestDates("It fell on 19\nAugust 2021.", THU);
    expect(date?.phrase).toBe("on 19\nAugust 2021");
    expect(date?.when.note).toBe("“on 19 August 2021”, as the source states it");
  });
});

describe("suggestDates: order, merging and limits", () => {
  const text = "Last year it began. On Tuesday the envoys met. In 2003 it was banned.";
  const quoted = { start: text.indexOf("On Tuesday"), end: text.indexOf(" In 2003") };

  it("puts the quotation's own phrases first, then the rest by nearness", () => {
    const phrases = suggestDates(text, THU, { quoted }).map((suggestion) => suggestion.phrase);
    expect(phrases).toEqual(["On Tuesday", "In 2003", "Last year"]);
  });

  it("without a quotation, keeps the order of the text", () => {
    const phrases = suggestDates(text, THU).map((suggestion) => suggestion.phrase);
    expect(phrases).toEqual(["Last year", "On Tuesday", "In 2003"]);
  });

  it("merges phrases that name the same date, keeping the quotation's", () => {
    const repeated = "He said on Tuesday. On Tuesday, too, they met. Tuesday was long.";
    const middle = { start: repeated.indexOf("On Tuesday"), end: repeated.indexOf(" Tuesday was") };
    const suggestions = suggestDates(repeated, THU, { quoted: middle });
    expect(suggestions).toHaveLength(1);
    expect(suggestions[0]?.at.start).toBe(middle.start);
  });

  it("keeps a longer phrase whole: 19 August 2021 is not also August 2021 or 2021", () => {
    const suggestions = suggestDates("Signed 19 August 2021 in Doha.", THU);
    expect(suggestions.map((suggestion) => suggestion.phrase)).toEqual(["19 August 2021"]);
  });

  it("reads both years of a range written with a hyphen", () => {
    const suggestions = suggestDates("The Taliban ruled 1996-2001.", THU);
    expect(suggestions.map((suggestion) => suggestion.when.start)).toEqual(["1996", "2001"]);
  });

  it(`offers at most ${MAX_DATE_SUGGESTIONS}`, () => {
    const many = "In 2001, 2002, 2003, 2004, 2005, 2006, 2007, 2008, 2009 and 2010 it grew.";
    const suggestions = suggestDates(many, THU);
    expect(suggestions).toHaveLength(MAX_DATE_SUGGESTIONS);
    expect(suggestions.at(-1)?.phrase).toBe("2008");
  });
});

describe("suggestDates: the Press TV article", () => {
  const article = kabulArticle();
  const around = (words: string) => {
    const start = article.indexOf(words);
    return suggestDates(article, THU, { quoted: { start, end: start + words.length } })[0];
  };

  it("reads Lavrov's Thursday as the publication day", () => {
    const first = around("Russian Foreign Minister Sergei Lavrov said on Thursday");
    expect(first?.phrase).toBe("on Thursday");
    expect(first?.when.start).toBe("2021-08-19");
  });

  it("reads the Taliban reaching Kabul on Sunday as 15 August", () => {
    const first = around("The militants laid siege to the capital, Kabul, on Sunday");
    expect(first?.when.start).toBe("2021-08-15");
  });

  it("reads Mujahid's press conference on Tuesday as 17 August", () => {
    const first = around("congratulated the Afghan people on Tuesday");
    expect(first?.phrase).toBe("on Tuesday");
    expect(first?.when.start).toBe("2021-08-17");
  });
});

describe("suggestDates: long and hostile input", () => {
  it("reads 200,000 characters of spaces and digits through to the end", () => {
    const text = `${"1 22 333 1999 55555 ".repeat(10_000)}2003`;
    expect(text.length).toBeGreaterThan(200_000);
    const suggestions = suggestDates(text, THU);
    expect(suggestions.map((suggestion) => suggestion.phrase)).toEqual(["1999", "2003"]);
  });

  it("reads long runs of spaces, digits and date words", () => {
    const text = ` ${" ".repeat(100_000)}${"9".repeat(100_000)} on on on late earlier ${"a ".repeat(50_000)}Thursday`;
    expect(suggestDates(text, THU).map((suggestion) => suggestion.phrase)).toEqual(["Thursday"]);
  });
});
