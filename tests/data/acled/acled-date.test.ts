import { describe, expect, it } from "vitest";
import { readAcledWhen } from "../../../src/data/acled/acled-date";

describe("readAcledWhen", () => {
  it("reads time precision 1 as that very day", () => {
    expect(readAcledWhen("2021-08-15", "1")).toEqual({
      ok: true,
      start: "2021-08-15",
      precision: "day",
      approximate: false,
      note: "As dated in the ACLED export",
    });
  });

  it("reads time precision 2 as the day, approximately (within about a week)", () => {
    expect(readAcledWhen("2021-08-15", "2")).toMatchObject({
      start: "2021-08-15",
      precision: "day",
      approximate: true,
      note: "ACLED dates it within a week of this day",
    });
  });

  it("reads time precision 3 as the month, approximately", () => {
    expect(readAcledWhen("2021-08-15", "3")).toMatchObject({
      start: "2021-08-01",
      precision: "month",
      approximate: true,
      note: "ACLED dates it within this month",
    });
  });

  it("reads a blank time precision as ACLED's default, the day", () => {
    expect(readAcledWhen("2021-08-15", " ")).toMatchObject({
      precision: "day",
      approximate: false,
    });
  });

  it("reads the older exports' dates written in words, full or short, any case", () => {
    expect(readAcledWhen("15 August 2021", "1")).toMatchObject({ start: "2021-08-15" });
    expect(readAcledWhen("5-sept-2019", "1")).toMatchObject({ start: "2019-09-05" });
    expect(readAcledWhen("29 FEB 2020", "1")).toMatchObject({ start: "2020-02-29" });
  });

  it("names the column and the value of a date that does not exist or cannot be read", () => {
    expect(readAcledWhen("2021-02-29", "1")).toEqual({
      ok: false,
      column: "event_date",
      problem: '"2021-02-29" is not a date: give it as 2021-08-15 or 15 August 2021',
    });
    expect(readAcledWhen("15 Augtober 2021", "1")).toMatchObject({
      ok: false,
      column: "event_date",
    });
    expect(readAcledWhen("", "1")).toEqual({
      ok: false,
      column: "event_date",
      problem: "is empty: give the event's date, as 2021-08-15 or 15 August 2021",
    });
  });

  it("names the column of a time precision that is not ACLED's", () => {
    expect(readAcledWhen("2021-08-15", "4")).toEqual({
      ok: false,
      column: "time_precision",
      problem:
        '"4" is not a time precision: ACLED uses 1 (the day), 2 (within a week) or 3 (within a month)',
    });
  });
});
