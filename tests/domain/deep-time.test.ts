import { describe, expect, it } from "vitest";
import {
  FIRST_DATE_YEAR,
  fractionalYearOfMs,
  formatYearsAgo,
  isDeepMs,
  isDeepYear,
  LAST_DATE_YEAR,
  MEAN_YEAR_MS,
  msOfYear,
  yearOfMs,
} from "../../src/domain/deep-time";

const utc = (iso: string) => Date.parse(iso);
const BIG_BANG = -13_799_999_999;

describe("msOfYear and yearOfMs", () => {
  it("use the real calendar inside a Date's range", () => {
    expect(msOfYear(2021)).toBe(utc("2021-01-01T00:00:00Z"));
    expect(msOfYear(50)).toBe(utc("0050-01-01T00:00:00Z"));
    expect(msOfYear(-299)).toBe(utc("-000299-01-01T00:00:00Z"));
    expect(yearOfMs(utc("2021-08-15T10:30:00Z"))).toBe(2021);
    expect(yearOfMs(utc("-000299-12-31T23:59:00Z"))).toBe(-299);
  });

  it("take the first and last whole years of a Date's range as ordinary years", () => {
    expect(msOfYear(FIRST_DATE_YEAR)).toBe(utc("-271820-01-01T00:00:00Z"));
    expect(msOfYear(LAST_DATE_YEAR)).toBe(utc("+275759-01-01T00:00:00Z"));
    expect(isDeepYear(FIRST_DATE_YEAR)).toBe(false);
    expect(isDeepYear(FIRST_DATE_YEAR - 1)).toBe(true);
    expect(isDeepYear(LAST_DATE_YEAR)).toBe(false);
    expect(isDeepYear(LAST_DATE_YEAR + 1)).toBe(true);
  });

  it("extrapolate beyond it by the Gregorian mean year, within a day of counting from 2000", () => {
    for (const year of [BIG_BANG, -4_599_999_999, -539_999_999, -299_999, 300_000]) {
      const fromTwoThousand = Date.UTC(2000, 0, 1) + (year - 2000) * MEAN_YEAR_MS;
      expect(Math.abs(msOfYear(year) - fromTwoThousand)).toBeLessThan(86_400_000);
    }
  });

  it("are each other's inverse, deep or not", () => {
    const years = [BIG_BANG, -4_599_999_999, -299_999, FIRST_DATE_YEAR - 1, FIRST_DATE_YEAR];
    years.push(0, 1, 1969, LAST_DATE_YEAR, LAST_DATE_YEAR + 1, 999_999_999_999);
    for (const year of years) {
      expect(yearOfMs(msOfYear(year)), String(year)).toBe(year);
      expect(yearOfMs(msOfYear(year) + MEAN_YEAR_MS / 2), String(year)).toBe(year);
      // A day short of the next year: at billions of years, one ms is below a double's resolution.
      expect(yearOfMs(msOfYear(year + 1) - 86_400_000), String(year)).toBe(year);
    }
  });

  it("rise steadily across both edges of a Date's range, a mean year at a time beyond them", () => {
    for (const edge of [FIRST_DATE_YEAR, LAST_DATE_YEAR + 1]) {
      for (let year = edge - 3; year <= edge + 3; year++) {
        const length = msOfYear(year + 1) - msOfYear(year);
        expect(length).toBeGreaterThanOrEqual(365 * 86_400_000);
        expect(length).toBeLessThanOrEqual(366 * 86_400_000);
      }
    }
    expect(msOfYear(FIRST_DATE_YEAR) - msOfYear(FIRST_DATE_YEAR - 1)).toBe(MEAN_YEAR_MS);
    expect(msOfYear(BIG_BANG + 1)).toBeGreaterThan(msOfYear(BIG_BANG));
    expect(msOfYear(BIG_BANG)).toBeLessThan(msOfYear(-4_599_999_999));
  });
});

describe("isDeepMs", () => {
  it("is true only outside the whole years a Date holds", () => {
    expect(isDeepMs(utc("2021-08-15T00:00:00Z"))).toBe(false);
    expect(isDeepMs(msOfYear(FIRST_DATE_YEAR))).toBe(false);
    expect(isDeepMs(msOfYear(FIRST_DATE_YEAR) - 1)).toBe(true);
    expect(isDeepMs(msOfYear(LAST_DATE_YEAR + 1) - 1)).toBe(false);
    expect(isDeepMs(msOfYear(LAST_DATE_YEAR + 1))).toBe(true);
    expect(isDeepMs(msOfYear(BIG_BANG))).toBe(true);
  });
});

describe("fractionalYearOfMs", () => {
  it("gives the year with the share of it gone by", () => {
    expect(fractionalYearOfMs(msOfYear(2001))).toBe(2001);
    expect(fractionalYearOfMs(utc("2001-07-02T12:00:00Z"))).toBeCloseTo(2001.5, 3);
    expect(fractionalYearOfMs(msOfYear(BIG_BANG) + MEAN_YEAR_MS / 4)).toBeCloseTo(
      BIG_BANG + 0.25,
      3,
    );
  });
});

describe("formatYearsAgo", () => {
  it("counts from 2000 to three significant digits, dropping trailing zeros", () => {
    expect(formatYearsAgo(BIG_BANG)).toBe("13.8 billion years ago");
    expect(formatYearsAgo(-4_599_999_999)).toBe("4.6 billion years ago");
    expect(formatYearsAgo(-539_999_999)).toBe("540 million years ago");
    expect(formatYearsAgo(-999_999)).toBe("1 million years ago");
    expect(formatYearsAgo(-999_999_999_999)).toBe("1 trillion years ago");
  });

  it("gives more digits when asked, and says 'in' for the future", () => {
    expect(formatYearsAgo(-4_601_999_999, 4)).toBe("4.602 billion years ago");
    expect(formatYearsAgo(-4_601_999_999)).toBe("4.6 billion years ago");
    expect(formatYearsAgo(2_500_000)).toBe("in 2.5 million years");
  });
});
