import { describe, expect, it } from "vitest";
import { DAY_MS } from "../../src/domain/dates";
import { revealWindow } from "../../src/domain/reveal-window";
import type { TimeWindow } from "../../src/domain/types";
import { MIN_SPAN_MS, type ZoomBounds } from "../../src/domain/zoom";

const utc = (iso: string) => Date.parse(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
const win = (start: string, end: string): TimeWindow => ({ start: utc(start), end: utc(end) });
const iso = (window: TimeWindow) => [
  new Date(window.start).toISOString(),
  new Date(window.end).toISOString(),
];

const AUGUST: ZoomBounds = { min: utc("2021-08-01"), max: utc("2021-09-01"), minSpan: MIN_SPAN_MS };
const YEARS: ZoomBounds = { min: utc("2000-01-01"), max: utc("2022-01-01"), minSpan: MIN_SPAN_MS };

describe("revealWindow", () => {
  it("keeps a window that shows the day with context and is at most two months long", () => {
    const week = win("2021-08-14", "2021-08-21");
    expect(revealWindow(week, utc("2021-08-15"), utc("2021-08-16"), AUGUST)).toBe(week);
  });

  it("shows a month-dated event (April 2017) whole, with context, not one week of it", () => {
    const week = win("2021-08-14", "2021-08-21");
    const shown = revealWindow(week, utc("2017-04-01"), utc("2017-05-01"), YEARS);
    expect(shown.start).toBeLessThan(utc("2017-04-01"));
    expect(shown.end).toBeGreaterThan(utc("2017-05-01"));
    expect(shown.end - shown.start).toBeLessThanOrEqual(61 * DAY_MS);
    // Out of view, so centred on April.
    expect(iso(shown)).toEqual(["2017-03-29T00:00:00.000Z", "2017-05-04T00:00:00.000Z"]);
  });

  it("shows a range of May to August whole instead of a week inside it", () => {
    const week = win("2021-06-10", "2021-06-17");
    const shown = revealWindow(week, utc("2021-05-01"), utc("2021-09-01"), YEARS);
    expect(shown.start).toBeLessThan(utc("2021-05-01"));
    expect(shown.end).toBeGreaterThan(utc("2021-09-01"));
  });

  it("zooms out of a 3-hour window to a year-long event, and not onto hours", () => {
    const hours = win("2021-08-19T10:30:00Z", "2021-08-19T13:30:00Z");
    const shown = revealWindow(hours, utc("2021-01-01"), utc("2022-01-01"), YEARS);
    expect(shown.start).toBeLessThanOrEqual(utc("2021-01-01") - 36 * DAY_MS);
    expect(shown.end).toBeGreaterThanOrEqual(utc("2022-01-01"));
  });

  it("includes 1 January of a year-dated event", () => {
    const shown = revealWindow(
      win("2000-01-01", "2022-01-01"),
      utc("2003-01-01"),
      utc("2004-01-01"),
      YEARS,
    );
    expect(shown.start).toBeLessThan(utc("2003-01-01"));
    expect(shown.end).toBeGreaterThan(utc("2004-01-01"));
    expect(shown.end - shown.start).toBeLessThanOrEqual(8 * 365 * DAY_MS);
  });

  it("sees a 20-year range whole in a window of the whole dataset", () => {
    const all = win("2000-01-01", "2022-01-01");
    expect(revealWindow(all, utc("2001-10-07"), utc("2021-08-31"), YEARS)).toBe(all);
  });

  it("zooms in on a day lost among years to two months, keeping it where it was on screen", () => {
    const all = win("2000-01-01", "2022-01-01");
    const shown = revealWindow(all, utc("2011-01-01"), utc("2011-01-02"), YEARS);
    expect(shown.end - shown.start).toBe(61 * DAY_MS);
    // Half-way across before (2011 of 2000–2022), half-way across after.
    const ratio = (utc("2011-01-01") + DAY_MS / 2 - shown.start) / (shown.end - shown.start);
    expect(ratio).toBeCloseTo(
      (utc("2011-01-01") + DAY_MS / 2 - all.start) / (all.end - all.start),
      6,
    );
  });

  it("slides a window that shows part of an event only as far as the event and its context", () => {
    const shown = revealWindow(
      win("2021-08-10", "2021-08-20"),
      utc("2021-08-19"),
      utc("2021-08-21"),
      AUGUST,
    );
    // Two days with 10% context: ends at 21 Aug 04:48, the span kept.
    expect(iso(shown)).toEqual(["2021-08-11T04:48:00.000Z", "2021-08-21T04:48:00.000Z"]);
  });

  it("centres an event wholly out of view and keeps a span that already suits it", () => {
    const shown = revealWindow(
      win("2021-08-01", "2021-08-05"),
      utc("2021-08-20"),
      utc("2021-08-21"),
      AUGUST,
    );
    expect(iso(shown)).toEqual(["2021-08-18T12:00:00.000Z", "2021-08-22T12:00:00.000Z"]);
  });

  it("keeps the revealed window within the bounds", () => {
    const shown = revealWindow(
      win("2021-08-10", "2021-08-14"),
      utc("2021-08-31"),
      utc("2021-09-01"),
      AUGUST,
    );
    expect(iso(shown)).toEqual(["2021-08-28T00:00:00.000Z", "2021-09-01T00:00:00.000Z"]);
  });

  it("zooms a window far wider than eight times a range in to eight times it", () => {
    const all = win("2000-01-01", "2022-01-01");
    const shown = revealWindow(all, utc("2010-01-01"), utc("2011-01-01"), YEARS);
    expect(shown.end - shown.start).toBe(8 * (utc("2011-01-01") - utc("2010-01-01")));
  });
});
