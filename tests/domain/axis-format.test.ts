import { afterEach, describe, expect, it, vi } from "vitest";
import { formatTick, formatYearTick } from "../../src/domain/axis-format";
import { msOfYear } from "../../src/domain/deep-time";

const at = (iso: string) => new Date(iso);

describe("formatTick", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it("labels the first instant of a year with the year", () => {
    expect(formatTick(at("2021-01-01T00:00:00Z"))).toBe("2021");
  });

  it("writes early years without padding zeros", () => {
    expect(formatTick(new Date(msOfYear(600)))).toBe("600");
    expect(formatTick(new Date(msOfYear(1)))).toBe("1");
  });

  it("names the era of a year before year 1, as the dates on the page do", () => {
    expect(formatTick(new Date(msOfYear(-299)))).toBe("300 BCE");
    expect(formatTick(new Date(msOfYear(0)))).toBe("1 BCE");
  });

  it("labels the first day of any other month with the short month name", () => {
    expect(formatTick(at("2021-08-01T00:00:00Z"))).toBe("Aug");
    expect(formatTick(at("2021-12-01T00:00:00Z"))).toBe("Dec");
  });

  it("labels any other midnight with the day, then the month", () => {
    expect(formatTick(at("2021-08-15T00:00:00Z"))).toBe("15 Aug");
    expect(formatTick(at("2021-08-02T00:00:00Z"))).toBe("2 Aug");
  });

  it("labels an hour that is not midnight on the 24-hour clock", () => {
    expect(formatTick(at("2021-08-15T06:00:00Z"))).toBe("06:00");
    expect(formatTick(at("2021-08-15T18:00:00Z"))).toBe("18:00");
    expect(formatTick(at("2021-01-01T06:00:00Z"))).toBe("06:00");
  });

  it("labels a half hour with its minutes", () => {
    expect(formatTick(at("2021-08-15T06:30:00Z"))).toBe("06:30");
    expect(formatTick(at("2021-08-15T00:30:00Z"))).toBe("00:30");
  });

  it("gives the same labels in every time zone, since the data is in UTC", () => {
    const ticks = [
      "2021-01-01T00:00:00Z",
      "2021-08-01T00:00:00Z",
      "2021-08-15T00:00:00Z",
      "2021-08-15T06:00:00Z",
      "2021-08-15T06:30:00Z",
    ];
    const expected = ["2021", "Aug", "15 Aug", "06:00", "06:30"];
    // UTC itself, then half- and quarter-hour offsets either side of it.
    for (const zone of ["UTC", "Asia/Kabul", "America/St_Johns", "Asia/Kathmandu"]) {
      vi.stubEnv("TZ", zone);
      expect(
        ticks.map((iso) => formatTick(at(iso))),
        zone,
      ).toEqual(expected);
    }
    // The zone really changes: in Newfoundland, UTC midnight on the 15th is still the 14th.
    vi.stubEnv("TZ", "America/St_Johns");
    expect(at("2021-08-15T00:00:00Z").getDate()).toBe(14);
  });
});

describe("formatYearTick", () => {
  it("writes years under a million as the calendar does", () => {
    expect(formatYearTick(1500, 100)).toBe("1500");
    expect(formatYearTick(-299_999, 50_000)).toBe("300,000 BCE");
  });

  it("writes deep years as years ago, with digits enough for the step", () => {
    expect(formatYearTick(-11_999_999_999, 2e9)).toBe("12 billion years ago");
    expect(formatYearTick(-4_604_999_999, 5e6)).toBe("4.605 billion years ago");
    expect(formatYearTick(-4_599_999_999, 1)).toBe("4,600,000,000 BCE");
  });
});
