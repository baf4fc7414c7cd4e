import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { highlightsByParagraph, paragraphsOf, segmentText } from "../../src/domain/quote-segments";
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

/** The cut as first written: every highlight asked about every cut (kept as the reference). */
function segmentNaively(text: string, from: number, to: number, highlights: readonly Highlight[]) {
  const inside = highlights.filter((h) => h.end > from && h.start < to && h.end > h.start);
  const cuts = new Set<number>([from, to]);
  for (const h of inside) cuts.add(Math.max(h.start, from)).add(Math.min(h.end, to));
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    const covering = inside.filter((h) => h.start <= start && h.end >= end);
    const last = segments[segments.length - 1];
    if (last && covering.length === 0 && last.highlights.length === 0) {
      segments[segments.length - 1] = { ...last, end, text: text.slice(last.start, end) };
    } else segments.push({ start, end, text: text.slice(start, end), highlights: covering });
  }
  return segments;
}

describe("segmentText with many quotations", () => {
  it("cuts exactly as asking every highlight about every cut would", () => {
    const highlight = fc
      .tuple(fc.nat(60), fc.nat(20), fc.constantFrom("a", "b", "c"), fc.nat(3))
      .map(([start, length, eventId, quoteIndex]): Highlight => ({
        start,
        end: start + length,
        eventId,
        quoteIndex,
      }));
    fc.assert(
      fc.property(
        fc.array(highlight, { maxLength: 30 }),
        fc.nat(30),
        fc.nat(50),
        (hs, from, length) => {
          const text = "x".repeat(100);
          const to = Math.min(from + length + 1, 100);
          expect(segmentText(text, from, to, hs)).toEqual(segmentNaively(text, from, to, hs));
        },
      ),
      { numRuns: 2_000 },
    );
  });

  it("cuts 100,000 quotations of one paragraph, one segment each, well within the test's time", () => {
    // Asking 100,000 highlights about each of 200,000 cuts is 20 billion steps: far past 30 s.
    const text = "ab".repeat(100_000);
    const highlights = Array.from({ length: 100_000 }, (_, i): Highlight => ({
      start: 2 * i,
      end: 2 * i + 1,
      eventId: `e${i}`,
      quoteIndex: 0,
    }));
    const segments = segmentText(text, 0, text.length, highlights);
    expect(segments).toHaveLength(200_000);
    expect(segments[199_998]).toEqual({
      start: 199_998,
      end: 199_999,
      text: "a",
      highlights: [highlights[99_999]],
    });
  });
});

describe("highlightsByParagraph", () => {
  it("gives each paragraph the highlights that reach into it, one across two in both", () => {
    const paragraphs = [
      { start: 0, end: 10 },
      { start: 12, end: 20 },
      { start: 22, end: 30 },
    ];
    const inFirst: Highlight = { start: 2, end: 5, eventId: "a", quoteIndex: 0 };
    const across: Highlight = { start: 8, end: 15, eventId: "b", quoteIndex: 0 };
    const inLast: Highlight = { start: 22, end: 30, eventId: "c", quoteIndex: 0 };
    const between: Highlight = { start: 10, end: 12, eventId: "d", quoteIndex: 0 };
    expect(highlightsByParagraph(paragraphs, [inFirst, across, inLast, between])).toEqual([
      [inFirst, across],
      [across],
      [inLast],
    ]);
  });
});
