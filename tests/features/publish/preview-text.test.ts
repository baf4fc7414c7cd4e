import { defined } from "./page-tags";
import { describe, expect, it } from "vitest";
import { eventDescription, trimAtWord } from "../../../src/features/publish/preview-text";
import { kabulDataset } from "../../fixtures/kabul";

describe("trimAtWord", () => {
  it("leaves short text alone, flattening its spaces", () => {
    expect(trimAtWord("  a  short\ntext ", 20)).toBe("a short text");
  });
  it("cuts at a word and ends in an ellipsis, within the limit", () => {
    const text = trimAtWord("one two three four five six", 16);
    expect(text).toBe("one two three…");
    expect(text.length).toBeLessThanOrEqual(16);
  });
  it("cuts inside one very long word rather than dropping it", () => {
    expect(trimAtWord("a".repeat(50), 10)).toBe(`${"a".repeat(9)}…`);
  });
});

describe("eventDescription", () => {
  it("gives the date as the app shows it, then the first quotation in quotation marks", () => {
    const event = defined(kabulDataset().events[0]);
    const description = eventDescription(event);
    expect(description.startsWith("2001–2021 (approximate, inferred) · “")).toBe(true);
    expect(description.endsWith("”")).toBe(true);
    expect(description.length).toBeLessThanOrEqual(200);
  });
  it("falls back to the summary for an event without quotations", () => {
    const event = { ...defined(kabulDataset().events[0]), quotes: [], summary: "What happened." };
    expect(eventDescription(event)).toBe("2001–2021 (approximate, inferred) · What happened.");
  });
});
