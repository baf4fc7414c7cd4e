import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readClockTime } from "../../../src/data/timelinejs/clock-time";

// The single expression the Time column was read with until issue 12: right on short cells,
// quadratic on long runs of spaces. The scanner must give the same answer on every short cell,
// but for one mistake of the old expression, mended here: it took seconds without minutes
// ("1:30.5" as 1:00 and 30.5 seconds); seconds come only after minutes.
function referenceClock(time: string) {
  const clock = /^(\d{1,2})(?::(\d{2})(?::\d{2}(?:\.\d+)?)?)?\s*([ap])?\.?\s*m?\.?$/i.exec(time);
  if (!clock) return undefined;
  const hour = Number(clock[1]);
  const pm = clock[3]?.toLowerCase() === "p";
  return { hour: clock[3] ? (hour % 12) + (pm ? 12 : 0) : hour, minute: clock[2] ?? 0 };
}

// Past 30 s (the test timeout) for anything quadratic: the old expression took 2.8 s on 40,000.
const LONG = 200_000;
const SPACES = [" ", "\t", "\u00a0", "\u3000", "\n", "\ufeff"];

describe("readClockTime", () => {
  it("reads 24-hour, 12-hour and seconds forms", () => {
    expect(readClockTime("10:30")).toEqual({ hour: 10, minute: "30" });
    expect(readClockTime("9 pm")).toEqual({ hour: 21, minute: 0 });
    expect(readClockTime("12 a.m.")).toEqual({ hour: 0, minute: 0 });
    expect(readClockTime("12:15 PM")).toEqual({ hour: 12, minute: "15" });
    expect(readClockTime("21:05:10.5")).toEqual({ hour: 21, minute: "05" });
  });

  it("reads nothing else as a clock time", () => {
    expect(readClockTime("soon")).toBeUndefined();
    expect(readClockTime("123")).toBeUndefined();
    expect(readClockTime("10:30 pm x")).toBeUndefined();
    // Seconds without minutes: not a time (fast-check found the old expression read it as 1:00).
    expect(readClockTime("1:30.5")).toBeUndefined();
    expect(readClockTime("0:00.0")).toBeUndefined();
    expect(readClockTime("")).toBeUndefined();
  });

  it("answers as the old single expression did for any short cell", () => {
    const cell = fc.string({
      unit: fc.constantFrom(..."0129:. apmAPMx".split(""), "\t", "\u00a0"),
      maxLength: 14,
    });
    fc.assert(
      fc.property(cell, (time) => {
        expect(readClockTime(time)).toEqual(referenceClock(time));
      }),
      { numRuns: 5_000 },
    );
  });

  it("reads a cell with a long run of spaces or separators in linear time", () => {
    const part = fc.string({ unit: fc.constantFrom(..."19:.apmx".split("")), maxLength: 4 });
    const run = fc.constantFrom(...SPACES, ".", ":", "0", "m");
    fc.assert(
      fc.property(part, run, part, (before, filler, after) => {
        // No part of a clock time tells three of a character from more, so the old expression
        // on a run of three is the answer.
        const long = readClockTime(`1${before}${filler.repeat(LONG)}${after}`);
        expect(long).toEqual(referenceClock(`1${before}${filler.repeat(3)}${after}`));
      }),
      { numRuns: 30 },
    );
  });
});
