import { describe, expect, it } from "vitest";
import {
  contentPx,
  MAX_SCROLL_PX,
  rowWindow,
  scrollTopToReveal,
} from "../../../src/features/list/virtual-rows";

const short = { count: 1_000, rowPx: 56, viewportPx: 560 };
const million = { count: 1_000_000, rowPx: 56, viewportPx: 560 };

describe("the rows of a long list in view", () => {
  it("are those under the scroller's view, each at its own place, with a few more each side", () => {
    expect(contentPx(short)).toBe(56_000);
    const shown = rowWindow(short, 56 * 100, 2);
    expect([shown.first, shown.last]).toEqual([98, 111]);
    expect(shown.topOf(100)).toBe(5_600);
    expect(rowWindow(short, 0).first).toBe(0);
    expect(rowWindow(short, 56_000 - 560).last).toBe(999);
  });

  it("reach the last of a million rows, whose height no browser element can have", () => {
    expect(contentPx(million)).toBe(MAX_SCROLL_PX);
    const end = rowWindow(million, MAX_SCROLL_PX - 560);
    expect(end.last).toBe(999_999);
    // The last row sits at the bottom of the view, inside the content.
    expect(end.topOf(999_999) + 56).toBeCloseTo(MAX_SCROLL_PX, 6);
    const middle = rowWindow(million, (MAX_SCROLL_PX - 560) / 2);
    expect(middle.first).toBeGreaterThan(499_000);
    expect(middle.last).toBeLessThan(501_000);
    // Rows in view stay 56 px apart however far the content is scaled.
    expect(middle.topOf(middle.first + 1) - middle.topOf(middle.first)).toBe(56);
  });

  it("scroll to bring a row into view with the least movement, and not at all when it is in view", () => {
    expect(scrollTopToReveal(short, 0, 3)).toBeUndefined();
    expect(scrollTopToReveal(short, 0, 20)).toBe(21 * 56 - 560);
    expect(scrollTopToReveal(short, 5_600, 50)).toBe(50 * 56);
    for (const index of [0, 123_456, 654_321, 999_999]) {
      const scrollTop = scrollTopToReveal(million, 0, index) ?? 0;
      const shown = rowWindow(million, scrollTop);
      const top = shown.topOf(index) - scrollTop;
      expect(top).toBeGreaterThanOrEqual(-1e-6);
      expect(top + 56).toBeLessThanOrEqual(560 + 1e-6);
    }
  });
});
