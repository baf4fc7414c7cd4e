import { scaleUtc } from "d3-scale";
import { describe, expect, it } from "vitest";
import { msOfYear } from "../../src/domain/deep-time";
import { timeScale } from "../../src/domain/time-scale";

const utc = (iso: string) => Date.parse(iso);
const labels = (from: number, to: number, count = 9) =>
  timeScale([msOfYear(from), msOfYear(to)], [0, 1000])
    .ticks(count)
    .map((tick) => tick.label);

describe("timeScale", () => {
  it("is d3's scaleUtc, ticks and all, for an ordinary window", () => {
    const domain = [utc("2021-08-14T00:00:00Z"), utc("2021-08-20T00:00:00Z")] as const;
    const scale = timeScale(domain, [0, 960]);
    const d3 = scaleUtc().domain(domain).range([0, 960]);
    const at = utc("2021-08-15T06:00:00Z");
    expect(scale(at)).toBe(d3(at));
    expect(scale.invert(480)).toBe(d3.invert(480).getTime());
    expect(scale.ticks(8).map((tick) => tick.ms)).toEqual(d3.ticks(8).map((d) => d.getTime()));
    expect(scale.domain()).toEqual([...domain]);
  });

  it("writes the year on the first tick of a window of days, months or hours", () => {
    const days = timeScale([utc("2021-08-14T00:00:00Z"), utc("2021-08-21T00:00:00Z")], [0, 960]);
    expect(days.ticks(8).map((tick) => tick.label)).toEqual([
      "14 Aug 2021",
      "15 Aug",
      "16 Aug",
      "17 Aug",
      "18 Aug",
      "19 Aug",
      "20 Aug",
      "21 Aug",
    ]);
    const hours = timeScale([utc("2021-08-19T10:30:00Z"), utc("2021-08-19T13:30:00Z")], [0, 960]);
    expect(hours.ticks(3).map((tick) => tick.label)).toEqual([
      "19 Aug 2021, 11:00",
      "12:00",
      "13:00",
    ]);
    const months = timeScale([utc("2021-03-01T00:00:00Z"), utc("2021-09-01T00:00:00Z")], [0, 960]);
    expect(months.ticks(6)[0]?.label).toBe("Mar 2021");
  });

  it("leaves the labels alone where a tick is a year's own", () => {
    const years = timeScale([utc("2020-06-01T00:00:00Z"), utc("2022-06-01T00:00:00Z")], [0, 960]);
    const labels = years.ticks(8).map((tick) => tick.label);
    expect(labels).toContain("2021");
    expect(labels[0]).not.toMatch(/20\d\d/);
  });

  it("labels a window from the Big Bang to 2000 in billions of years ago", () => {
    expect(labels(-13_799_999_999, 2000)).toEqual([
      "12 billion years ago",
      "10 billion years ago",
      "8 billion years ago",
      "6 billion years ago",
      "4 billion years ago",
      "2 billion years ago",
    ]);
  });

  it("places deep time linearly, ticks at the start of their years, and inverts", () => {
    const [start, end] = [msOfYear(-13_799_999_999), msOfYear(2000)];
    const scale = timeScale([start, end], [0, 1000]);
    expect(scale(start)).toBe(0);
    expect(scale(end)).toBe(1000);
    expect(scale((start + end) / 2)).toBeCloseTo(500, 6);
    expect(scale.invert(500) / ((start + end) / 2)).toBeCloseTo(1, 12);
    const ticks = scale.ticks(9);
    expect(ticks[0]?.ms).toBe(msOfYear(-11_999_999_999));
    expect(ticks.every((tick, i) => i === 0 || tick.ms > (ticks[i - 1]?.ms ?? 0))).toBe(true);
  });

  it("gives round years as people count them, BCE and CE, with no year 0", () => {
    expect(labels(-299_999, 2000)).toEqual([
      "300,000 BCE",
      "250,000 BCE",
      "200,000 BCE",
      "150,000 BCE",
      "100,000 BCE",
      "50,000 BCE",
    ]);
    expect(labels(-3499, 1990)).toEqual([
      "3,500 BCE",
      "3,000 BCE",
      "2,500 BCE",
      "2,000 BCE",
      "1,500 BCE",
      "1,000 BCE",
      "500 BCE",
      "500",
      "1000",
      "1500",
    ]);
  });

  it("moves from millions of years ago to BCE years at a million", () => {
    expect(labels(-1_999_999, 2000, 5)).toEqual([
      "2 million years ago",
      "1.5 million years ago",
      "1 million years ago",
      "500,000 BCE",
    ]);
  });

  it("adds digits as the zoom deepens, then gives the years themselves", () => {
    expect(labels(-4_609_999_999, -4_589_999_999, 5)).toEqual([
      "4.61 billion years ago",
      "4.605 billion years ago",
      "4.6 billion years ago",
      "4.595 billion years ago",
      "4.59 billion years ago",
    ]);
    expect(labels(-4_600_000_002, -4_599_999_997, 5)).toEqual([
      "4,600,000,003 BCE",
      "4,600,000,002 BCE",
      "4,600,000,001 BCE",
      "4,600,000,000 BCE",
      "4,599,999,999 BCE",
      "4,599,999,998 BCE",
    ]);
  });

  it("gives long labels room: fewer ticks than asked rather than labels on top of each other", () => {
    const scale = timeScale([msOfYear(-4_609_999_999), msOfYear(-4_589_999_999)], [0, 600]);
    const ticks = scale.ticks(12);
    expect(ticks.length).toBeGreaterThanOrEqual(2);
    for (let i = 1; i < ticks.length; i++) {
      const gap = scale(ticks[i]?.ms ?? 0) - scale(ticks[i - 1]?.ms ?? 0);
      expect(gap).toBeGreaterThan((ticks[i]?.label.length ?? 0) * 6);
    }
  });

  it("keeps calendar ticks for spans under 10,000 years in the common era, years beyond", () => {
    expect(labels(1900, 2021, 6)).toEqual(["1900", "1920", "1940", "1960", "1980", "2000", "2020"]);
    expect(labels(1, 12_000, 5)).toEqual(["2000", "4000", "6000", "8000", "10000", "12000"]);
  });
});
