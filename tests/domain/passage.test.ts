import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { findPassage, quoteAt, sentenceAround } from "../../src/domain/passage";

const article = readFileSync(
  new URL(
    "../../public/sources/presstv-2021-08-19-lavrov-afghanistan-dialogue.txt",
    import.meta.url,
  ),
  "utf8",
);

/** The offsets of `words` in `text` (the nth time they appear). */
function span(text: string, words: string, nth = 0): [number, number] {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(words, at + 1);
  if (at < 0) throw new Error(`no “${words}”`);
  return [at, at + words.length];
}

describe("quoteAt", () => {
  it("quotes the chosen words with their context", () => {
    const text = "Lavrov said on Thursday that talks should begin.";
    const quote = quoteAt(text, ...span(text, "on Thursday"));
    expect(quote).toEqual({
      start: 12,
      end: 23,
      exact: "on Thursday",
      prefix: "Lavrov said ",
      suffix: " that talks should begin.",
    });
  });

  it("leaves out spaces, newlines, tabs and NBSP at either end", () => {
    const text = "One.\n\n \u00a0\tTwo words\u00a0 \n\nThree.";
    const [start, end] = span(text, "\n \u00a0\tTwo words\u00a0 \n");
    expect(quoteAt(text, start, end)?.exact).toBe("Two words");
  });

  it("is undefined when only whitespace is chosen", () => {
    const text = "One.\n\n \u00a0\t\n\nTwo.";
    expect(quoteAt(text, 4, 10)).toBeUndefined();
    expect(quoteAt(text, 3, 3)).toBeUndefined();
    expect(quoteAt("", 0, 0)).toBeUndefined();
  });

  it("takes a backwards range as the same words", () => {
    const text = "alpha beta gamma";
    expect(quoteAt(text, 10, 6)?.exact).toBe("beta");
  });

  it("clamps a range reaching past either end of the text", () => {
    const text = "alpha beta";
    expect(quoteAt(text, -5, 500)).toMatchObject({ start: 0, end: 10, prefix: "", suffix: "" });
  });

  it.each([
    ["a skin-toned thumb", "ok 👍🏽 fine", "👍🏽"],
    ["a family joined by ZWJ", "we 👨‍👩‍👧 met", "👨‍👩‍👧"],
    ["a flag", "in 🇦🇫 today", "🇦🇫"],
    ["a letter with a combining accent", "cafe\u0301 noir", "e\u0301"],
  ])("never cuts %s, wherever the range starts or ends inside it", (_, text, cluster) => {
    const [start, end] = span(text, cluster);
    for (let from = start; from < end; from++) {
      for (let to = from + 1; to <= end; to++) {
        const quote = quoteAt(text, from, to);
        expect(quote?.exact).toBe(cluster);
        expect(quote && text.slice(quote.start, quote.end)).toBe(quote?.exact);
      }
    }
  });

  it("widens a word range that ends in the middle of an emoji to the whole emoji", () => {
    const text = "we 👨‍👩‍👧 met";
    expect(quoteAt(text, 0, 5)?.exact).toBe("we 👨‍👩‍👧");
  });

  it("keeps 32 code units of context, never half a surrogate pair", () => {
    // 33 code units either side: a cut at 32 would split the farthest 🙂.
    const text = `${"🙂".repeat(16)}xWORDx${"🙂".repeat(16)}`;
    const quote = quoteAt(text, ...span(text, "WORD"));
    expect(quote?.prefix).toBe(`${"🙂".repeat(15)}x`);
    expect(quote?.suffix).toBe(`x${"🙂".repeat(15)}`);
  });

  it("quotes at the very start and the very end of the text", () => {
    const text = "First words and last words";
    expect(quoteAt(text, 0, 5)).toMatchObject({ exact: "First", prefix: "" });
    expect(quoteAt(text, 21, 26)).toMatchObject({ exact: "words", suffix: "" });
  });

  it("always gives text.slice(start, end) === exact on the article", () => {
    for (let start = 0; start < article.length; start += 97) {
      const quote = quoteAt(article, start, start + 61);
      if (quote) expect(article.slice(quote.start, quote.end)).toBe(quote.exact);
    }
  });
});

describe("findPassage", () => {
  it("finds words typed with straight quotes where the article has curly ones", () => {
    const found = findPassage(article, `the country's future`);
    expect(found.total).toBe(1);
    const place = found.matches[0];
    expect(place && article.slice(place.start, place.end)).toBe("the country’s future");
  });

  it("finds both the straight and the curly “Moscow format” in the article", () => {
    const found = findPassage(article, "“Moscow format”");
    expect(found.caseInsensitive).toBe(false);
    expect(found.matches.map((m) => article.slice(m.start, m.end))).toEqual([
      '"Moscow format"',
      "“Moscow format”",
    ]);
  });

  it("finds words pasted across a line break, with other whitespace", () => {
    const text = "He said the talks\n  would begin\u00a0soon.";
    const found = findPassage(text, "the talks would\tbegin soon");
    expect(found.matches.map((m) => text.slice(m.start, m.end))).toEqual([
      "the talks\n  would begin\u00a0soon",
    ]);
  });

  it("treats dashes as interchangeable, or as absent", () => {
    const text = "a safe-exit corridor — for all — and a safe–exit too";
    expect(findPassage(text, "safe—exit").total).toBe(2);
    expect(findPassage(text, "corridor for all").matches[0]).toMatchObject({
      start: text.indexOf("corridor"),
      end: text.indexOf("all") + 3,
    });
  });

  it("counts case first, and ignores it only when nothing matches (and says so)", () => {
    const text = "Taliban said; the taliban said";
    const exact = findPassage(text, "taliban");
    expect(exact).toMatchObject({ total: 1, caseInsensitive: false });
    expect(exact.matches[0]?.start).toBe(text.lastIndexOf("taliban"));
    const loose = findPassage(text, "TALIBAN SAID");
    expect(loose).toMatchObject({ total: 2, caseInsensitive: true });
  });

  it("lists at most `limit` places but counts them all", () => {
    const found = findPassage(article, "the", 3);
    expect(found.matches).toHaveLength(3);
    expect(found.total).toBeGreaterThan(3);
    expect(found.total).toBe(article.match(/the/g)?.length);
  });

  it("shows about 40 characters either side of each place", () => {
    const found = findPassage(article, "Taliban");
    expect(found.total).toBe(article.match(/Taliban/g)?.length);
    for (const place of found.matches) {
      expect(article.slice(place.start - place.before.length, place.start)).toBe(place.before);
      expect(article.slice(place.end, place.end + place.after.length)).toBe(place.after);
      expect(place.before.length).toBeLessThanOrEqual(40);
    }
    expect(found.matches[1]?.before).toHaveLength(40);
  });

  it("finds nothing for empty or whitespace-only words, or words not in the source", () => {
    expect(findPassage(article, "  \n ")).toEqual({
      matches: [],
      total: 0,
      caseInsensitive: false,
    });
    expect(findPassage(article, "zebra crossing")).toMatchObject({ total: 0, matches: [] });
  });

  it("snaps a place to whole graphemes", () => {
    const text = "un cafe\u0301 noir";
    const place = findPassage(text, "cafe").matches[0];
    expect(place && text.slice(place.start, place.end)).toBe("cafe\u0301");
  });

  it("handles a 5,000,000-character source and a 200,000-character query", () => {
    const text = `${"a".repeat(5_000_000)}b`;
    const words = `${"a".repeat(199_999)}b`;
    const found = findPassage(text, words);
    expect(found.total).toBe(1);
    expect(found.matches[0]).toMatchObject({ start: 5_000_000 - 199_999, end: 5_000_001 });
    expect(findPassage(text, `${"a".repeat(199_999)}c`).total).toBe(0);
  });
});

describe("sentenceAround", () => {
  const text =
    "First one. Second one on Sunday. Third one here. Fourth one.\n\nNew paragraph. Another.";

  it("gives the sentence holding the words with one neighbour either side", () => {
    const around = sentenceAround(text, ...span(text, "Sunday"));
    expect(text.slice(around.start, around.end)).toBe(
      "First one. Second one on Sunday. Third one here.",
    );
  });

  it("gives only the sentence with no neighbours", () => {
    const around = sentenceAround(text, ...span(text, "Sunday"), 0);
    expect(text.slice(around.start, around.end)).toBe("Second one on Sunday.");
  });

  it("stays inside the paragraph", () => {
    const around = sentenceAround(text, ...span(text, "Fourth"), 3);
    expect(text.slice(around.start, around.end)).toBe(
      "First one. Second one on Sunday. Third one here. Fourth one.",
    );
    const next = sentenceAround(text, ...span(text, "New"));
    expect(text.slice(next.start, next.end)).toBe("New paragraph. Another.");
  });

  it("covers a range across paragraphs", () => {
    const [start] = span(text, "Fourth");
    const [, end] = span(text, "New");
    const around = sentenceAround(text, start, end, 0);
    expect(text.slice(around.start, around.end)).toBe("Fourth one.\n\nNew paragraph.");
  });

  it("ends with the last paragraph when the range runs on into the blank line after it", () => {
    const [start] = span(text, "Second");
    const around = sentenceAround(text, start, text.indexOf("New") - 1);
    expect(text.slice(around.start, around.end)).toBe(
      "First one. Second one on Sunday. Third one here. Fourth one.\n",
    );
  });

  it("reads the weekday near a quotation in the article", () => {
    const around = sentenceAround(article, ...span(article, "national dialogue involving"));
    expect(around.start).toBeLessThanOrEqual(article.indexOf("national dialogue involving"));
    expect(article.slice(around.start, around.end)).toMatch(/Thursday/);
  });
});
