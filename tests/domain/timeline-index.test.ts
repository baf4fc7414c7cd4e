import { describe, expect, it } from "vitest";
import { DAY_MS } from "../../src/domain/dates";
import {
  buildTimelineIndex,
  columnCounts,
  lowerBound,
  timeSlices,
  windowEvents,
} from "../../src/domain/timeline-index";
import { msOfYear } from "../../src/domain/deep-time";
import { dayEvent, ORIGIN } from "../fixtures/day-events";

const event = dayEvent;

const window = (fromDay: number, toDay: number) => ({
  start: ORIGIN + fromDay * DAY_MS,
  end: ORIGIN + toDay * DAY_MS,
});

// In date order, as datasets are: a year-long range first, then days.
const events = [
  event("year", -200, 365),
  event("a", 1),
  event("b", 3, 3),
  event("c", 10),
  event("d", 10),
];
const index = buildTimelineIndex(events);

describe("buildTimelineIndex", () => {
  it("keeps starts and ends in date order and sets the long events apart", () => {
    expect([...index.starts]).toEqual(events.map((e) => e.when.start));
    expect(index.ends[2]).toBe(ORIGIN + 6 * DAY_MS);
    expect(index.long).toEqual([0]);
    expect(index.maxShortSpan).toBe(3 * DAY_MS);
  });
});

describe("lowerBound", () => {
  it("finds the first start at or after a time", () => {
    expect(lowerBound(index.starts, ORIGIN + 10 * DAY_MS)).toBe(3);
    expect(lowerBound(index.starts, ORIGIN + 11 * DAY_MS)).toBe(5);
    expect(lowerBound(index.starts, -Infinity)).toBe(0);
  });
});

describe("windowEvents", () => {
  const ids = (found: ReturnType<typeof windowEvents>) =>
    found && { within: found.within.map((e) => e.id), spanning: found.spanning.map((e) => e.id) };

  it("sets apart the events that span the whole window", () => {
    expect(ids(windowEvents(index, window(4, 11)))).toEqual({
      within: ["b", "c", "d"],
      spanning: ["year"],
    });
    expect(ids(windowEvents(index, window(2, 3)))).toEqual({ within: [], spanning: ["year"] });
  });

  it("counts a day's events as spanning a window of a few hours within that day", () => {
    expect(
      ids(windowEvents(index, { start: ORIGIN + 10.25 * DAY_MS, end: ORIGIN + 10.5 * DAY_MS })),
    ).toEqual({ within: [], spanning: ["year", "c", "d"] });
  });

  it("gives up past the limit, counting only the events within the window", () => {
    expect(windowEvents(index, window(0, 20), 3)).toBeUndefined();
    expect(ids(windowEvents(index, window(0, 20), 4))).toEqual({
      within: ["a", "b", "c", "d"],
      spanning: ["year"],
    });
  });
});

describe("counting", () => {
  it("counts starts per column with one search per column edge", () => {
    expect([...columnCounts(index, window(0, 12), 4)]).toEqual([1, 1, 0, 2]);
  });
});

describe("deep time", () => {
  const year = (id: string, y: number) => {
    const base = event(id, 0);
    return { ...base, when: { ...base.when, start: msOfYear(y), precision: "year" as const } };
  };
  const deep = [year("big-bang", -13_799_999_999), year("sun", -4_599_999_999), event("now", 0)];
  const deepIndex = buildTimelineIndex(deep);

  it("indexes years beyond a Date's range, each a year long", () => {
    expect(deepIndex.ends[0]).toBe(msOfYear(-13_799_999_998));
    expect(deepIndex.long).toEqual([0, 1]);
  });

  it("finds the events in a window billions of years ago", () => {
    const around = { start: msOfYear(-4_600_000_005), end: msOfYear(-4_599_999_995) };
    // The Sun's year is ten years wide here: it is within the window, not spanning it.
    expect(windowEvents(deepIndex, around)?.within.map((e) => e.id)).toEqual(["sun"]);
    const all = { start: msOfYear(-14_000_000_000), end: ORIGIN + DAY_MS };
    expect(windowEvents(deepIndex, all)?.within).toHaveLength(3);
    expect([...columnCounts(deepIndex, all, 2)]).toEqual([1, 2]);
  });
});

describe("timeSlices", () => {
  // ORIGIN, 1 Aug 2021, is a whole number of two-day slices since 1970.
  const TWO_DAYS = 2 * DAY_MS;
  const at = (day: number) => ORIGIN + day * DAY_MS;

  it("lays slices on a grid fixed in time, leaving out the empty ones", () => {
    expect(timeSlices(index, window(1, 5), TWO_DAYS)).toEqual([
      { start: at(0), end: at(2), first: 1, count: 1 },
      { start: at(2), end: at(4), first: 2, count: 1 },
    ]);
  });

  it("keeps a slice's edges and count when the window pans part of a slice", () => {
    const before = timeSlices(index, window(1, 11), TWO_DAYS);
    const after = timeSlices(index, window(1.6, 11.6), TWO_DAYS);
    expect(after).toEqual(before);
    expect(after.at(-1)).toEqual({ start: at(10), end: at(12), first: 3, count: 2 });
  });
});
