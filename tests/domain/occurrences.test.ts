import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { occurrences } from "../../src/domain/occurrences";

/** Every place, found the slow and obvious way. */
function naive(text: string, words: string): number[] {
  const found: number[] = [];
  if (words === "") return found;
  for (let at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
    const splits = (offset: number) =>
      /[\uD800-\uDBFF]/.test(text[offset - 1] ?? "") && /[\uDC00-\uDFFF]/.test(text[offset] ?? "");
    if (!splits(at) && !splits(at + words.length)) found.push(at);
  }
  return found;
}

describe("occurrences", () => {
  it("lists every place the words stand, in order", () => {
    expect(occurrences("we will talk, we will", "we will")).toEqual([0, 14]);
    expect(occurrences("no such words", "talk")).toEqual([]);
    expect(occurrences("short", "longer than the text")).toEqual([]);
    expect(occurrences("anything", "")).toEqual([]);
  });

  it("counts words that overlap themselves at each place", () => {
    expect(occurrences("aaaa", "aa")).toEqual([0, 1, 2]);
    expect(occurrences("abababa", "aba")).toEqual([0, 2, 4]);
    expect(occurrences("abcabcab", "abcab")).toEqual([0, 3]);
  });

  it("leaves out places that would cut an emoji in two", () => {
    // "\uDC4D" is the second half of 👍: found inside the emoji, it is not a place.
    expect(occurrences("👍 and 👍", "\uDC4D")).toEqual([]);
    expect(occurrences("👍 and 👍", "👍")).toEqual([0, 7]);
  });

  it("finds what the obvious search finds, for any words in any text", () => {
    const letters = fc.constantFrom("a", "b", "👍", "\uD83D", " ");
    fc.assert(
      fc.property(
        fc.array(letters, { maxLength: 30 }).map((parts) => parts.join("")),
        fc.array(letters, { minLength: 1, maxLength: 5 }).map((parts) => parts.join("")),
        (text, words) => {
          expect(occurrences(text, words)).toEqual(naive(text, words));
        },
      ),
    );
  });

  it("finds crowded places the same once it scans instead of searching", () => {
    // Thousands of places a character or two apart: past the first thousand, one scan finds them.
    const text = `${"xa".repeat(3_000)}👍a${"a👍".repeat(500)}`;
    expect(occurrences(text, "a")).toEqual(naive(text, "a"));
    expect(occurrences(text, "a")).toHaveLength(3_501);
    expect(occurrences(text, "xa")).toEqual(naive(text, "xa"));
    expect(occurrences(text, "\uDC4Da")).toEqual([]);
  });

  it("finds a million overlapping places in a 1,000,000-character text without stalling", () => {
    const text = "a".repeat(1_000_000);
    const found = occurrences(text, "a".repeat(50_000));
    expect(found.length).toBe(950_001);
    expect(found[found.length - 1]).toBe(950_000);
  });
});
