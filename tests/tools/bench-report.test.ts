import { describe, expect, it } from "vitest";
import {
  addRatiosToBuiltin,
  checkTargets,
  mediansByTarget,
  renderTable,
} from "../../bench/report.mjs";

// Three rounds, each: the built-in view, then 100,000 events. The machine slows in round 2.
const runs = [
  { run: 1, target: "builtin", readyMs: 400 },
  { run: 1, target: "100000", readyMs: 600, firstPaintMs: 200, longestTaskMs: 40, completeMs: 800 },
  { run: 2, target: "builtin", readyMs: 1000 },
  {
    run: 2,
    target: "100000",
    readyMs: 1400,
    firstPaintMs: 1400,
    longestTaskMs: 900,
    completeMs: 3000,
  },
  { run: 3, target: "builtin", readyMs: 500 },
  {
    run: 3,
    target: "100000",
    readyMs: 1000,
    firstPaintMs: 300,
    longestTaskMs: 60,
    completeMs: 1500,
  },
];

describe("the benchmark's ratio to the built-in view", () => {
  const medians = addRatiosToBuiltin(mediansByTarget(runs, ["builtin", "100000"]), runs);

  it("divides each size's ready time by the built-in view's of the same round, then takes the median", () => {
    // Ratios 1.5, 1.4 and 2: a slow round moves both, so its ratio stays in line.
    expect(medians["100000"]?.readyOfBuiltin).toBe(1.5);
    expect(medians.builtin?.readyOfBuiltin).toBeUndefined();
  });

  it("divides each size's first paint (its preview of the events) by the built-in view's ready time", () => {
    // Ratios 0.5, 1.4 and 0.6.
    expect(medians["100000"]?.firstPaintOfBuiltin).toBe(0.6);
  });

  it("divides the time until every event is shown (a large export opens on its first rows) by it too", () => {
    // Ratios 2, 3 and 3.
    expect(medians["100000"]?.completeOfBuiltin).toBe(3);
  });

  it("checks issue 15's targets and prints them in the table", () => {
    const checks = checkTargets(medians, ["builtin", "100000"]);
    expect(checks["100000"]?.readyOfBuiltin).toEqual({ target: "≤1.5", value: 1.5, met: true });
    expect(checks["100000"]?.firstPaintOfBuiltin).toEqual({
      target: "≤1.2",
      value: 0.6,
      met: true,
    });
    expect(checks["100000"]?.longestTaskMs).toEqual({ target: "≤50 ms", value: 60, met: false });
    const table = renderTable(medians, checks, ["builtin", "100000"]);
    expect(table).toMatch(/\| ready ÷ built-in ready\s+\| —\s+\| —\s+\| 1\.50 ✓ ≤1\.5\s+\|/);
    expect(table).toMatch(/longest main-thread task until all shown \(ms\)\s+\|.*\| 60 ✗ ≤50 ms/);
  });
});
