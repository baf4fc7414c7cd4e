import { describe, expect, it } from "vitest";
import { normalizeForSearch, searchTextOf } from "../../src/domain/search";
import type { EventId, TimelineEvent } from "../../src/domain/types";

describe("normalizeForSearch", () => {
  it("lower-cases and folds curly double quotes and guillemets to straight ones", () => {
    expect(normalizeForSearch("“The Taliban Will Not Repeat the Past”")).toBe(
      '"the taliban will not repeat the past"',
    );
    expect(normalizeForSearch("«Moscow format»")).toBe('"moscow format"');
  });

  it("folds curly apostrophes, primes and backticks to a straight apostrophe", () => {
    expect(normalizeForSearch("Hua’s")).toBe("hua's");
    expect(normalizeForSearch("‘Hua′s` ")).toBe("'hua's'");
  });

  it("folds typographic dashes to a hyphen", () => {
    expect(normalizeForSearch("US\u2010led 17\u201319 Aug \u2014 Kabul")).toBe(
      "us-led 17-19 aug - kabul",
    );
  });

  it("strips diacritics", () => {
    expect(normalizeForSearch("Kābul Ḥekmatyār")).toBe("kabul hekmatyar");
  });

  it("drops zero-width characters, the soft hyphen and bidi controls, so they hide no word", () => {
    expect(normalizeForSearch("Ka\u200Bbul")).toBe("kabul");
    expect(normalizeForSearch("\uFEFFKa\u00ADbul\u200C\u200D\u2060")).toBe("kabul");
    expect(normalizeForSearch("\u202EKabul\u202C \u2067Lavrov\u2069\u200F")).toBe("kabul lavrov");
  });

  it("folds compatibility forms: ligatures and full-width letters", () => {
    expect(normalizeForSearch("ﬁnal ＫＡＢＵＬ")).toBe("final kabul");
  });

  it("collapses runs of whitespace and trims", () => {
    expect(normalizeForSearch("  Sergei \n\t Lavrov  ")).toBe("sergei lavrov");
  });
});

describe("searchTextOf", () => {
  it("covers the title, summary, actors, quotes and speakers, normalised", () => {
    const event: TimelineEvent = {
      id: "hua-chunying" as EventId,
      title: "China Says",
      summary: "The Taliban have changed",
      kind: "statement",
      countries: ["CN"],
      actors: ["Foreign Ministry"],
      when: {
        start: Date.parse("2021-08-19T00:00:00Z"),
        precision: "day",
        approximate: false,
        basis: "relative",
        note: "on Thursday",
      },
      quotes: [
        {
          sourceId: "presstv",
          exact: "“will not repeat the past”",
          start: 0,
          end: 26,
          prefix: "",
          suffix: "",
          speaker: "Hua Chunying",
        },
      ],
    };
    const text = searchTextOf(event);
    for (const part of [
      "china says",
      "the taliban have changed",
      "foreign ministry",
      '"will not repeat the past"',
      "hua chunying",
    ]) {
      expect(text).toContain(part);
    }
    // The note, kind and countries are not searched.
    expect(text).not.toContain("thursday");
    expect(text).not.toContain("statement");
  });
});
