import { describe, expect, it } from "vitest";
import { FIELD_CAPS, fitAddress, fitText } from "../../src/data/field-caps";
import type { DatasetWarning } from "../../src/domain/types";

describe("fitText", () => {
  it("keeps a value within its cap as it is, and adds no notice", () => {
    const notices: DatasetWarning[] = [];
    const title = "Taliban take Kabul";
    expect(fitText(title, FIELD_CAPS.eventTitle, () => "events[0].title", notices)).toBe(title);
    expect(notices).toEqual([]);
  });

  it("cuts a value past its cap to its first characters, with a notice naming the field", () => {
    const notices: DatasetWarning[] = [];
    expect(fitText("x".repeat(1_234), 1_000, () => 'events[2] "a".title', notices)).toBe(
      "x".repeat(1_000),
    );
    expect(notices).toEqual([
      {
        kind: "cut",
        text: 'events[2] "a".title: is 1,234 characters long; only its first 1,000 are kept: shorten it in the file',
      },
    ]);
  });

  it("keeps the end of a prefix, the words beside its quotation", () => {
    const notices: DatasetWarning[] = [];
    expect(fitText("abcdef", 3, () => "prefix", notices, "end")).toBe("def");
    expect(notices[0]?.text).toMatch(/only its last 3 are kept/);
  });

  it("never leaves half an emoji where it cuts, and well-forms a lone surrogate", () => {
    const notices: DatasetWarning[] = [];
    expect(fitText("ab\uD83D\uDE00", 3, () => "title", notices)).toBe("ab\uFFFD");
    expect(fitText("Ka\uDC00bul", 100, () => "title", notices)).toBe("Ka\uFFFDbul");
  });
});

describe("fitAddress", () => {
  it("leaves out an address too long to be a real one, saying so", () => {
    const notices: DatasetWarning[] = [];
    const long = `https://example.org/${"a".repeat(FIELD_CAPS.address)}`;
    expect(fitAddress(long, () => "sources[0].url", notices)).toBe("");
    expect(notices[0]?.text).toMatch(/^sources\[0\]\.url: is 8,020 characters long, too long/);
    expect(fitAddress("https://example.org/", () => "sources[0].url", notices)).toBe(
      "https://example.org/",
    );
  });
});
