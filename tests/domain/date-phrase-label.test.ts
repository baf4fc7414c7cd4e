import { describe, expect, it } from "vitest";
import { dateLabel, dateNote, formatPublished } from "../../src/domain/date-phrase-label";

const utc = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

describe("date phrase labels", () => {
  it("names the publication date's weekday from UTC, whatever the machine's zone", () => {
    // Tests run in Asia/Kabul (UTC+4:30); late on 19 August UTC is already the 20th there.
    expect(formatPublished(utc("2021-08-19"))).toBe("Thu 19 Aug 2021");
    expect(formatPublished(utc("2020-02-29"))).toBe("Sat 29 Feb 2020");
  });

  it("labels a month precisely and a range with its approximation", () => {
    const reading = {
      start: utc("2021-12-27"),
      end: utc("2022-01-02"),
      precision: "day",
      approximate: true,
      basis: "relative",
    } as const;
    expect(dateLabel("last week", reading, utc("2022-01-05"))).toBe(
      "Last week → 27 Dec 2021 – 2 Jan 2022 (approximate, counted back from Wed 5 Jan 2022)",
    );
    expect(dateNote("last week", reading, utc("2022-01-05"))).toBe(
      "“last week”, counted back from Wed 5 Jan 2022",
    );
  });

  it("drops the phrase's leading on or in from the label, not from the note", () => {
    const reading = {
      start: utc("2003-01-01"),
      precision: "year",
      approximate: false,
      basis: "explicit",
    } as const;
    expect(dateLabel("in 2003", reading, utc("2021-08-19"))).toBe("2003 → 2003 (as stated)");
    expect(dateNote("in 2003", reading, utc("2021-08-19"))).toBe(
      "“in 2003”, as the source states it",
    );
  });
});
