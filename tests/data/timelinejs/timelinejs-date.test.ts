import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { JSON_LABELS } from "../../../src/data/timelinejs/from-timelinejs";
import { readTimelineDate } from "../../../src/data/timelinejs/timelinejs-date";

const NAMES = JSON_LABELS.start;
// Past 30 s (the test timeout) for anything quadratic.
const LONG = 200_000;

/** A year as JSON.parse gives it from a file that nests it `depth` lists or objects deep. */
function nested(depth: number, kind: "list" | "object"): unknown {
  const [open, close] = kind === "list" ? ["[", "]"] : ['{"year":', "}"];
  return JSON.parse(`${open.repeat(depth)}1969${close.repeat(depth)}`);
}

describe("readTimelineDate", () => {
  it("reads parts as numbers or strings, spaces around them ignored", () => {
    expect(readTimelineDate({ year: " 1969 ", month: 7, day: "20" }, NAMES)).toEqual({
      ok: true,
      parts: { year: 1969, month: 7, day: 20 },
    });
  });

  it("says how deep a nested part is, at any depth, without running out of stack", () => {
    const depth = fc.integer({ min: 21, max: 20_000 });
    const kind = fc.constantFrom("list" as const, "object" as const);
    const part = fc.constantFrom("year", "month", "day", "hour", "minute");
    fc.assert(
      fc.property(depth, kind, part, (levels, shape, key) => {
        const date = { year: 1969, month: 7, day: 20, hour: 10, [key]: nested(levels, shape) };
        const result = readTimelineDate(date, NAMES);
        expect(result.ok ? "" : result.problem).toContain(
          `is nested ${levels.toLocaleString("en-GB")} levels deep: give a whole number`,
        );
      }),
      { numRuns: 20 },
    );
  });

  it("quotes a part nested a few levels as written", () => {
    expect(readTimelineDate({ year: nested(2, "list") }, NAMES)).toEqual({
      ok: false,
      problem: "start_date.year [[1969]] is not a whole number",
    });
  });

  it("reads parts padded with long runs of spaces, and quotes a bad one cut short", () => {
    const space = fc.constantFrom(" ", "\t", "\n", "\u00a0", "\u3000", "\ufeff");
    fc.assert(
      fc.property(space, fc.constantFrom("", "x", "-", "1-"), (filler, tail) => {
        const year = `${filler.repeat(LONG)}1969${filler.repeat(LONG)}${tail}`;
        const result = readTimelineDate({ year }, NAMES);
        if (tail === "") expect(result).toEqual({ ok: true, parts: { year: 1969 } });
        else expect(result.ok ? "" : result.problem.length).toBeLessThan(200);
      }),
      { numRuns: 30 },
    );
  });
});
