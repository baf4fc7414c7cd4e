import { describe, expect, it } from "vitest";
import { timelineRows } from "../../../src/features/timeline/timeline-rows";

const at = (viewportWidth: number, viewportHeight: number, plotWidth = viewportWidth - 40) =>
  timelineRows({ plotWidth, viewportWidth, viewportHeight });

describe("timelineRows", () => {
  it("gives way to the article on laptop windows, so the page fits the window", () => {
    expect(at(1280, 720)).toBe(6);
    expect(at(1366, 768)).toBe(7);
    expect(at(1440, 781)).toBe(7);
    expect(at(1440, 782)).toBe(8);
  });

  it("draws all eight rows on tall windows", () => {
    expect(at(1920, 1080)).toBe(8);
    expect(at(1440, 900)).toBe(8);
  });

  it("never draws fewer than four rows where the page fits the window", () => {
    expect(at(1280, 560)).toBe(4);
  });

  it("draws eight rows where the page scrolls as one (narrow or short windows)", () => {
    expect(at(900, 700)).toBe(8);
    expect(at(1280, 500)).toBe(8);
  });

  it("draws six rows on a phone", () => {
    expect(at(390, 844, 360)).toBe(6);
  });
});
