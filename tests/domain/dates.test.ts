import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  DAY_MS,
  formatAtPrecision,
  formatIsoInstant,
  formatWhen,
  formatYear,
  isRange,
  parseIsoDate,
  parseIsoDateOrTime,
  whenEndMs,
} from "../../src/domain/dates";
import { msOfYear } from "../../src/domain/deep-time";
import type { When } from "../../src/domain/types";

const utc = (iso: string) => Date.parse(iso);

function when(overrides: Partial<When> & { start: number }): When {
  return { precision: "day", approximate: false, basis: "explicit", note: "", ...overrides };
}

describe("parseIsoDate", () => {
  it("reads YYYY-MM-DD as UTC midnight whatever the local time zone", () => {
    expect(parseIsoDate("2021-08-15")).toBe(utc("2021-08-15T00:00:00Z"));
    expect(parseIsoDate("2020-02-29")).toBe(utc("2020-02-29T00:00:00Z"));
  });

  it("reads a two-digit year as that year, not as 19xx", () => {
    expect(parseIsoDate("0099-01-01")).toBe(utc("0099-01-01T00:00:00Z"));
  });

  it("rejects days that do not exist", () => {
    expect(parseIsoDate("2021-02-30")).toBeUndefined();
    expect(parseIsoDate("2021-02-29")).toBeUndefined();
    expect(parseIsoDate("2021-13-01")).toBeUndefined();
    expect(parseIsoDate("2021-00-10")).toBeUndefined();
    expect(parseIsoDate("2021-08-00")).toBeUndefined();
  });

  it("rejects garbage and other formats", () => {
    for (const value of [
      "",
      "garbage",
      "2021-8-15",
      "15/08/2021",
      "2021-08-15T00:00Z",
      " 2021-08-15",
      "2021-0a-15",
      "2021-08-1 ",
      "202 -08-15",
      "2021/08/15",
      "２０２１-08-15",
    ]) {
      expect(parseIsoDate(value)).toBeUndefined();
    }
  });

  it("reads real days of years 0000–9999 back to their instants and refuses the rest (sampled)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
        (year, month, day) => {
          const value = [String(year).padStart(4, "0"), month, day]
            .map((part) => String(part).padStart(2, "0"))
            .join("-");
          const date = new Date(0);
          date.setUTCFullYear(year, month - 1, day);
          const real = month >= 1 && month <= 12 && date.getUTCMonth() === month - 1 && day >= 1;
          expect(parseIsoDate(value)).toBe(real ? date.getTime() : undefined);
        },
      ),
      { numRuns: 3_000 },
    );
  });
});

describe("parseIsoDateOrTime", () => {
  it("reads a plain date as UTC midnight", () => {
    expect(parseIsoDateOrTime("2021-08-19")).toBe(utc("2021-08-19T00:00:00Z"));
  });

  it("reads UTC date-times with or without seconds", () => {
    expect(parseIsoDateOrTime("2021-08-19T10:30Z")).toBe(utc("2021-08-19T10:30:00Z"));
    expect(parseIsoDateOrTime("2021-08-19T10:30:45Z")).toBe(utc("2021-08-19T10:30:45Z"));
    expect(parseIsoDateOrTime("2021-08-19T10:30:45.250Z")).toBe(utc("2021-08-19T10:30:45Z"));
  });

  it("rejects out-of-range times, impossible days, a missing Z and garbage", () => {
    for (const value of [
      "2021-08-19T24:00Z",
      "2021-08-19T10:60Z",
      "2021-08-19T10:30:60Z",
      "2021-02-30T10:00Z",
      "2021-08-19T10:30",
      "2021-08-19T10:30+04:30",
      "yesterday",
    ]) {
      expect(parseIsoDateOrTime(value)).toBeUndefined();
    }
  });
});

describe("formatIsoInstant", () => {
  it("writes midnight as a plain date", () => {
    expect(formatIsoInstant(utc("2021-08-15T00:00:00Z"))).toBe("2021-08-15");
  });

  it("writes any other instant as a UTC date-time to the minute", () => {
    expect(formatIsoInstant(utc("2021-08-15T04:30:00Z"))).toBe("2021-08-15T04:30Z");
    expect(formatIsoInstant(utc("2021-08-15T23:59:00Z"))).toBe("2021-08-15T23:59Z");
  });
});

describe("formatAtPrecision", () => {
  it("formats a day, a month and a year in UTC", () => {
    expect(formatAtPrecision(utc("2021-08-15T00:00:00Z"), "day")).toBe("15 Aug 2021");
    expect(formatAtPrecision(utc("2017-04-01T00:00:00Z"), "month")).toBe("April 2017");
    expect(formatAtPrecision(utc("2001-01-01T00:00:00Z"), "year")).toBe("2001");
  });

  it("does not shift a date into the previous day late in the UTC day", () => {
    expect(formatAtPrecision(utc("2021-08-15T23:30:00Z"), "day")).toBe("15 Aug 2021");
  });
});

describe("BCE and times of day", () => {
  const bce = (year: number) => {
    const date = new Date(0);
    date.setUTCFullYear(year, 0, 1);
    return date.getTime();
  };

  it("names the era for astronomical years 0 and below, with no year 0", () => {
    expect(formatAtPrecision(bce(-299), "year")).toBe("300 BCE");
    expect(formatAtPrecision(bce(0), "year")).toBe("1 BCE");
    expect(formatAtPrecision(bce(1), "year")).toBe("1");
    expect(formatAtPrecision(bce(-299), "month")).toBe("January 300 BCE");
    expect(formatAtPrecision(bce(-299), "day")).toBe("1 Jan 300 BCE");
    expect(formatAtPrecision(bce(-271_820), "year")).toBe("271,821 BCE");
  });

  it("writes and reads BCE dates as four-digit astronomical ISO years", () => {
    expect(formatIsoInstant(bce(-299))).toBe("-0299-01-01");
    expect(parseIsoDate("-0299-01-01")).toBe(bce(-299));
    expect(formatIsoInstant(bce(12))).toBe("0012-01-01");
    expect(formatIsoInstant(bce(-12_345))).toBe("-12345-01-01");
  });

  it("formats minute precision with its time in UTC, whatever the local zone", () => {
    expect(formatAtPrecision(utc("2021-08-15T10:30:00Z"), "minute")).toBe("15 Aug 2021, 10:30 UTC");
    expect(whenEndMs(when({ start: 0, precision: "minute" }))).toBe(60_000);
  });
});

describe("formatWhen", () => {
  it("formats a single day", () => {
    expect(formatWhen(when({ start: utc("2021-08-15T00:00:00Z") }))).toBe("15 Aug 2021");
  });

  it("treats a range whose end equals its start as a single day", () => {
    const day = utc("2021-08-15T00:00:00Z");
    expect(formatWhen(when({ start: day, end: day }))).toBe("15 Aug 2021");
  });

  it("writes a same-month range with the month once and marks an inferred date", () => {
    const range = when({
      start: utc("2021-08-17T00:00:00Z"),
      end: utc("2021-08-19T00:00:00Z"),
      basis: "inferred",
    });
    expect(formatWhen(range)).toBe("17–19 Aug 2021 (inferred)");
  });

  it("writes a cross-month range with both months and the year once", () => {
    const range = when({ start: utc("2021-07-30T00:00:00Z"), end: utc("2021-08-02T00:00:00Z") });
    expect(formatWhen(range)).toBe("30 Jul – 2 Aug 2021");
  });

  it("writes a cross-year range with both years", () => {
    const range = when({ start: utc("2020-12-30T00:00:00Z"), end: utc("2021-01-02T00:00:00Z") });
    expect(formatWhen(range)).toBe("30 Dec 2020 – 2 Jan 2021");
  });

  it("formats a month-precision date as its month", () => {
    expect(formatWhen(when({ start: utc("2017-04-01T00:00:00Z"), precision: "month" }))).toBe(
      "April 2017",
    );
  });

  it("formats a month-precision range month to month", () => {
    const range = when({
      start: utc("2017-04-01T00:00:00Z"),
      end: utc("2017-06-01T00:00:00Z"),
      precision: "month",
    });
    expect(formatWhen(range)).toBe("April 2017 – June 2017");
  });

  it("marks an approximate date, before the basis when both apply", () => {
    expect(formatWhen(when({ start: utc("2021-08-15T00:00:00Z"), approximate: true }))).toBe(
      "15 Aug 2021 (approximate)",
    );
    const years = when({
      start: utc("2001-01-01T00:00:00Z"),
      end: utc("2021-12-31T00:00:00Z"),
      precision: "year",
      approximate: true,
      basis: "inferred",
    });
    expect(formatWhen(years)).toBe("2001–2021 (approximate, inferred)");
  });

  it("leaves out 'inferred' but keeps 'approximate' when asked to leave out the basis", () => {
    const range = when({
      start: utc("2021-08-17T00:00:00Z"),
      end: utc("2021-08-19T00:00:00Z"),
      basis: "inferred",
    });
    expect(formatWhen(range, { withBasis: false })).toBe("17–19 Aug 2021");
    expect(formatWhen({ ...range, approximate: true }, { withBasis: false })).toBe(
      "17–19 Aug 2021 (approximate)",
    );
  });

  it("adds nothing for explicit, relative or external dates", () => {
    const start = utc("2021-08-15T00:00:00Z");
    for (const basis of ["explicit", "relative", "external"] as const) {
      expect(formatWhen(when({ start, basis }))).toBe("15 Aug 2021");
    }
  });
});

describe("whenEndMs", () => {
  it("ends a day-precision date at the next UTC midnight", () => {
    expect(whenEndMs(when({ start: utc("2021-08-15T00:00:00Z") }))).toBe(
      utc("2021-08-16T00:00:00Z"),
    );
  });

  it("ends a day-precision range after its last day", () => {
    const range = when({ start: utc("2021-08-06T00:00:00Z"), end: utc("2021-08-15T00:00:00Z") });
    expect(whenEndMs(range)).toBe(utc("2021-08-16T00:00:00Z"));
  });

  it("ends a month-precision date at the first of the next month, even from day 31", () => {
    expect(whenEndMs(when({ start: utc("2017-04-01T00:00:00Z"), precision: "month" }))).toBe(
      utc("2017-05-01T00:00:00Z"),
    );
    expect(whenEndMs(when({ start: utc("2021-08-31T00:00:00Z"), precision: "month" }))).toBe(
      utc("2021-09-01T00:00:00Z"),
    );
  });

  it("ends a year-precision range at 1 January after its last year", () => {
    const range = when({
      start: utc("2001-01-01T00:00:00Z"),
      end: utc("2021-12-31T00:00:00Z"),
      precision: "year",
    });
    expect(whenEndMs(range)).toBe(utc("2022-01-01T00:00:00Z"));
  });

  it("covers exactly one day for a day in a leap February", () => {
    const start = utc("2020-02-29T00:00:00Z");
    expect(whenEndMs(when({ start })) - start).toBe(DAY_MS);
  });
});

describe("deep time, beyond a Date's range", () => {
  const year = (y: number) => when({ start: msOfYear(y), precision: "year" });

  it("reads and writes years of up to 12 digits as their first day", () => {
    for (const iso of [
      "-13799999999-01-01",
      "-4599999999-01-01",
      "-299999-01-01",
      "300000-01-01",
    ]) {
      const ms = parseIsoDate(iso);
      expect(ms, iso).toBeDefined();
      expect(formatIsoInstant(ms as number)).toBe(iso);
    }
    expect(parseIsoDate("-13799999999-01-01")).toBe(msOfYear(-13_799_999_999));
    expect(parseIsoDateOrTime("-13799999999-01-01")).toBe(msOfYear(-13_799_999_999));
  });

  it("accepts no day but 1 January, no time of day and no more than 12 digits", () => {
    expect(parseIsoDate("-13799999999-07-04")).toBeUndefined();
    expect(parseIsoDate("-299999-01-02")).toBeUndefined();
    expect(parseIsoDateOrTime("-13799999999-01-01T00:00Z")).toBeUndefined();
    expect(parseIsoDate("-1000000000000-01-01")).toBeUndefined();
    // Inside the range, every real day still reads as before.
    expect(parseIsoDate("-271820-03-01")).toBe(Date.parse("-271820-03-01T00:00:00Z"));
  });

  it("writes any deep instant, a window's edge too, as its year without throwing", () => {
    expect(formatIsoInstant(msOfYear(-13_799_999_999) + 1e10)).toBe("-13799999999-01-01");
    expect(formatIsoInstant(-1e22)).toMatch(/^-\d{12}-01-01$/);
    expect(formatIsoInstant(8.64e15)).toBe("275760-01-01");
  });

  it("formats deep years as years ago, and BCE years below a million as BCE", () => {
    expect(formatWhen(year(-13_799_999_999))).toBe("13.8 billion years ago");
    expect(formatWhen(year(-4_599_999_999))).toBe("4.6 billion years ago");
    expect(formatWhen(year(-539_999_999))).toBe("540 million years ago");
    expect(formatWhen(year(-999_999))).toBe("1 million years ago");
    expect(formatWhen(year(-999_998))).toBe("999,999 BCE");
    expect(formatWhen(year(-299_999))).toBe("300,000 BCE");
    expect(formatYear(-299_999)).toBe("300,000 BCE");
    expect(formatAtPrecision(msOfYear(-4_599_999_999), "day")).toBe("4.6 billion years ago");
  });

  it("writes a deep range spaced, with digits enough to tell its ends apart", () => {
    const cambrian = when({
      start: msOfYear(-539_999_999),
      end: msOfYear(-485_399_999),
      precision: "year",
    });
    expect(formatWhen(cambrian)).toBe("540 million years ago – 485 million years ago");
    const close = when({
      start: msOfYear(-4_599_999_999),
      end: msOfYear(-4_598_999_999),
      precision: "year",
      approximate: true,
    });
    expect(formatWhen(close)).toBe("4.6 billion years ago – 4.599 billion years ago (approximate)");
  });

  it("ends a deep year where the next one starts", () => {
    expect(whenEndMs(year(-13_799_999_999))).toBe(msOfYear(-13_799_999_998));
    const range = when({
      start: msOfYear(-539_999_999),
      end: msOfYear(-485_399_999),
      precision: "year",
    });
    expect(whenEndMs(range)).toBe(msOfYear(-485_399_998));
  });
});

describe("isRange", () => {
  it("is true only when the end differs from the start", () => {
    const start = utc("2021-08-15T00:00:00Z");
    expect(isRange(when({ start }))).toBe(false);
    expect(isRange(when({ start, end: start }))).toBe(false);
    expect(isRange(when({ start, end: utc("2021-08-19T00:00:00Z") }))).toBe(true);
  });
});
