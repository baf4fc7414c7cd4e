import { describe, expect, it } from "vitest";
import { placeToolbar } from "../../../src/features/editor/toolbar-placement";

const desktop = { width: 1280, height: 800 };
const phone = { width: 390, height: 844 };
const size = { width: 300, height: 48 };

describe("placeToolbar", () => {
  it("sits just above the words, centred on them", () => {
    const words = { top: 400, bottom: 420, left: 500, right: 700 };
    expect(placeToolbar(words, size, desktop)).toEqual({ top: 344, left: 450, side: "above" });
  });

  it("goes below the words when there is no room above", () => {
    const words = { top: 20, bottom: 40, left: 500, right: 700 };
    expect(placeToolbar(words, size, desktop)).toEqual({ top: 48, left: 450, side: "below" });
  });

  it("stays inside a 390-pixel screen at either edge", () => {
    const atLeft = placeToolbar({ top: 300, bottom: 320, left: 0, right: 30 }, size, phone);
    expect(atLeft.left).toBe(8);
    const atRight = placeToolbar({ top: 300, bottom: 320, left: 360, right: 389 }, size, phone);
    expect(atRight.left).toBe(390 - 8 - 300);
  });

  it("stays on screen when the words are scrolled off the bottom or the top", () => {
    const below = placeToolbar({ top: 2000, bottom: 2020, left: 10, right: 40 }, size, phone);
    expect(below.top).toBe(844 - 8 - 48);
    const above = placeToolbar({ top: -500, bottom: -480, left: 10, right: 40 }, size, phone);
    expect(above.top).toBe(8);
  });
});
