import { describe, expect, it } from "vitest";
import { paragraphsOf, segmentText } from "../../src/domain/quote-segments";
import type { Highlight, Segment } from "../../src/domain/quote-segments";

describe("paragraphsOf", () => {
  it("splits at blank lines with offsets that slice out each paragraph", () => {
    const text =
      "Russia calls for dialogue\n\nLavrov said on Thursday,\nin Moscow.\n\n\nThe Taliban took Kabul.";
    const paragraphs = paragraphsOf(text);
    expect(paragraphs.map((p) => text.slice(p.start, p.end))).toEqual([
      "Russia calls for dialogue",
      "Lavrov said on Thursday,\nin Moscow.",
      "The Taliban took Kabul.",
    ]);
    expect(paragraphs[1]).toEqual({ start: 27, end: 62 });
  });

  it("skips leading blank lines and whitespace-only paragraphs", () => {
    const text = "\n\nKabul\n\n   \n\nMoscow";
    expect(paragraphsOf(text).map((p) => text.slice(p.start, p.end))).toEqual(["Kabul", "Moscow"]);
  });

  it("finds no paragraph in an empty or blank text", () => {
    expect(paragraphsOf("")).toEqual([]);
    expect(paragraphsOf("\n\n\n")).toEqual([]);
  });
});

const TEXT = "Lavrov said the Taliban will talk to everyone.";
// "the Taliban" and "Taliban will" overlap on "Taliban".
const THE_TALIBAN: Highlight = { start: 12, end: 23, eventId: "a", quoteIndex: 0 };
const TALIBAN_WILL: Highlight = { start: 16, end: 28, eventId: "b", quoteIndex: 1 };

const view = (segments: Segment[]) =>
  segments.map((s) => [s.text, s.highlights.map((h) => h.eventId).join("+")]);

describe("segmentText", () => {
  it("returns one plain segment when nothing is highlighted", () => {
    expect(segmentText(TEXT, 0, TEXT.length, [])).toEqual([
      { start: 0, end: TEXT.length, text: TEXT, highlights: [] },
    ]);
  });

  it("cuts at every highlight boundary and keeps both highlights where they overlap", () => {
    const segments = segmentText(TEXT, 0, TEXT.length, [THE_TALIBAN, TALIBAN_WILL]);
    expect(view(segments)).toEqual([
      ["Lavrov said ", ""],
      ["the ", "a"],
      ["Taliban", "a+b"],
      [" will", "b"],
      [" talk to everyone.", ""],
    ]);
    expect(segments[2]?.highlights).toEqual([THE_TALIBAN, TALIBAN_WILL]);
  });

  it("joins back into exactly the slice, with each segment's offsets matching its text", () => {
    const segments = segmentText(TEXT, 5, 40, [THE_TALIBAN, TALIBAN_WILL]);
    expect(segments.map((s) => s.text).join("")).toBe(TEXT.slice(5, 40));
    for (const segment of segments)
      expect(TEXT.slice(segment.start, segment.end)).toBe(segment.text);
    expect(segments[0]?.start).toBe(5);
    expect(segments[segments.length - 1]?.end).toBe(40);
  });

  it("clips highlights that run past either end of the range", () => {
    expect(view(segmentText(TEXT, 16, 26, [THE_TALIBAN, TALIBAN_WILL]))).toEqual([
      ["Taliban", "a+b"],
      [" wi", "b"],
    ]);
  });

  it("never leaves two plain segments side by side", () => {
    const highlights = [
      THE_TALIBAN,
      { start: 0, end: 6, eventId: "c", quoteIndex: 0 },
      { start: 40, end: 400, eventId: "d", quoteIndex: 0 },
    ];
    const segments = segmentText(TEXT, 0, TEXT.length, highlights);
    segments.slice(1).forEach((segment, i) => {
      const before = segments[i];
      expect(segment.highlights.length + (before?.highlights.length ?? 0)).toBeGreaterThan(0);
    });
    expect(segments.map((s) => s.text).join("")).toBe(TEXT);
  });

  it("ignores empty highlights and those outside the range", () => {
    const highlights = [
      { start: 20, end: 20, eventId: "empty", quoteIndex: 0 },
      { start: 0, end: 5, eventId: "before", quoteIndex: 0 },
      { start: 30, end: 35, eventId: "after", quoteIndex: 0 },
    ];
    expect(segmentText(TEXT, 5, 30, highlights)).toEqual([
      { start: 5, end: 30, text: TEXT.slice(5, 30), highlights: [] },
    ]);
  });
});
