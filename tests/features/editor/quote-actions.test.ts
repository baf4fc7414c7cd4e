import { describe, expect, it } from "vitest";
import { addToEventLabel, excerptOf, shortTitle } from "../../../src/features/editor/quote-actions";

describe("shortTitle", () => {
  it("keeps a title of 40 characters or fewer as it is", () => {
    expect(shortTitle("Lavrov's press conference in Moscow")).toBe(
      "Lavrov's press conference in Moscow",
    );
  });

  it("cuts a longer one at a whole character with an ellipsis", () => {
    const title = "Russia calls for nationwide dialogue in Afghanistan after the takeover";
    expect(shortTitle(title)).toBe("Russia calls for nationwide dialogue in…");
    expect(shortTitle("🇦🇫".repeat(50))).toBe(`${"🇦🇫".repeat(39)}…`);
  });
});

describe("addToEventLabel", () => {
  it("shows the short title and names the full one", () => {
    const title = "Russia calls for nationwide dialogue in Afghanistan after the takeover";
    expect(addToEventLabel(title)).toEqual({
      shown: "Add this quote to Russia calls for nationwide dialogue in…",
      name: `Add this quote to ${title}`,
    });
  });
});

describe("excerptOf", () => {
  it("reads long selected words as their first 80 characters, on one line", () => {
    expect(excerptOf("one\n\ntwo  three")).toBe("one two three");
    expect(excerptOf("word ".repeat(30))).toBe(`${"word ".repeat(16).trimEnd()}…`);
  });
});
