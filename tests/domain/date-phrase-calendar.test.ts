import { describe, expect, it } from "vitest";
import {
  latestDayOnOrBefore,
  latestMonthOnOrBefore,
  monthStart,
  mondayOf,
  utcDay,
} from "../../src/domain/date-phrase-calendar";

const utc = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

describe("date phrase calendar", () => {
  it("knows a real day from one that is not", () => {
    expect(utcDay(2020, 2, 29)).toBe(utc("2020-02-29"));
    expect(utcDay(2021, 2, 29)).toBeUndefined();
    expect(utcDay(2021, 6, 31)).toBeUndefined();
  });

  it("rolls months past December or before January into the next or previous year", () => {
    expect(monthStart(2021, 0)).toBe(utc("2020-12-01"));
    expect(monthStart(2021, 13)).toBe(utc("2022-01-01"));
    expect(monthStart(2021, -10)).toBe(utc("2020-02-01"));
  });

  it("finds the latest day of a month on or before the publication", () => {
    expect(latestDayOnOrBefore(8, 19, utc("2021-08-19"))).toBe(utc("2021-08-19"));
    expect(latestDayOnOrBefore(8, 20, utc("2021-08-19"))).toBe(utc("2020-08-20"));
    // 29 February 2100 does not exist: 2096 is the leap year before it.
    expect(latestDayOnOrBefore(2, 29, utc("2101-01-01"))).toBe(utc("2096-02-29"));
    expect(latestDayOnOrBefore(6, 31, utc("2021-08-19"))).toBeUndefined();
  });

  it("finds the latest month on or before the publication", () => {
    expect(latestMonthOnOrBefore(8, utc("2021-08-01"))).toBe(utc("2021-08-01"));
    expect(latestMonthOnOrBefore(9, utc("2021-08-31"))).toBe(utc("2020-09-01"));
  });

  it("starts weeks on Monday, a Sunday ending its week", () => {
    expect(mondayOf(utc("2021-08-19"))).toBe(utc("2021-08-16"));
    expect(mondayOf(utc("2021-08-22"))).toBe(utc("2021-08-16"));
    expect(mondayOf(utc("2021-08-16"))).toBe(utc("2021-08-16"));
  });
});
