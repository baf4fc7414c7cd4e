import { describe, expect, it } from "vitest";
import { MIN_SCORE, reanchorQuote, type Reanchoring } from "../../src/domain/reanchor";
import type { Quote } from "../../src/domain/types";
import { kabulArticle, kabulDataset } from "../fixtures/kabul";

const article = kabulArticle();
const quotes = kabulDataset().events.flatMap((event) => event.quotes);

/** The built-in dataset's quotation that begins with these words. */
function quoteStarting(words: string): Quote {
  const quote = quotes.find((candidate) => candidate.exact.startsWith(words));
  if (!quote) throw new Error(`no quotation starts with ${words}`);
  return quote;
}

/** The article with `from` replaced by `to` (once), as an editor might change it. */
function edited(from: string, to: string, text = article): string {
  expect(text).toContain(from);
  return text.replace(from, to);
}

const statuses = (text: string) => quotes.map((quote) => reanchorQuote(text, quote).status).sort();

const count = (list: readonly string[], status: Reanchoring["status"]) =>
  list.filter((s) => s === status).length;

describe("re-anchoring the built-in quotations in edited copies of the article", () => {
  it("keeps every quotation exact in the article as it was", () => {
    expect(count(statuses(article), "exact")).toBe(quotes.length);
  });

  it("a word fixed inside a quotation: approximate, where it was, with the change marked", () => {
    const quote = quoteStarting("announced after the Taliban's first official presser");
    const text = edited("no hurry to recognize", "no hurry to recognise");
    const found = reanchorQuote(text, quote);
    expect(found).toMatchObject({ status: "approximate", start: quote.start, end: quote.end });
    if (found.status !== "approximate") return;
    expect(found.errors).toBe(1);
    expect(found.score).toBeGreaterThan(MIN_SCORE);
    expect(found.changes.filter((change) => change.kind !== "same")).toEqual([
      { kind: "removed", text: "z" },
      { kind: "added", text: "s" },
    ]);
    // The other quotations do not contain the word: untouched, exact.
    expect(count(statuses(text), "exact")).toBe(quotes.length - 1);
  });

  it("a word fixed before the quotations: those after it are moved by two characters, the same words", () => {
    const text = edited("Afghanistan, underling that", "Afghanistan, underlining that");
    const quote = quoteStarting("all five countries of Central Asia");
    expect(reanchorQuote(text, quote)).toEqual({
      status: "moved",
      start: quote.start + 2,
      end: quote.end + 2,
    });
    const before = quotes.filter((q) => q.end <= text.indexOf("underlining")).length;
    expect(count(statuses(text), "exact")).toBe(before);
    expect(count(statuses(text), "moved")).toBe(quotes.length - before);
  });

  it("a paragraph inserted before every quotation: all moved, none approximate or lost", () => {
    const inserted = "\n\nEditor's note: this report was updated on 20 August 2021.\n";
    const text = edited("Russia has called for", `${inserted}\nRussia has called for`);
    const shift = inserted.length + 1;
    for (const quote of quotes.filter((q) => q.start >= article.indexOf("Russia has called for"))) {
      expect(reanchorQuote(text, quote)).toEqual({
        status: "moved",
        start: quote.start + shift,
        end: quote.end + shift,
      });
    }
    expect(count(statuses(text), "approximate") + count(statuses(text), "missing")).toBe(0);
  });

  it("a quotation's words repeated elsewhere: it moves to its own place, told by prefix and suffix", () => {
    const quote = quoteStarting("We must not only look at the past");
    const repeat = `An analyst put it this way: ${quote.exact} Others disagreed.\n\n`;
    const text = edited("Russia has called for", `${repeat}Russia has called for`);
    expect(text.indexOf(quote.exact)).toBeLessThan(quote.start);
    expect(reanchorQuote(text, quote)).toEqual({
      status: "moved",
      start: quote.start + repeat.length,
      end: quote.end + repeat.length,
    });
  });

  it("quotation marks straightened: the quotations holding curly ones are approximate, in place, the marks marked", () => {
    const text = article.replace(/[“”]/g, '"').replace(/’/g, "'");
    const quote = quoteStarting("for being “emancipated”");
    const found = reanchorQuote(text, quote);
    expect(found).toMatchObject({ status: "approximate", start: quote.start, errors: 2 });
    if (found.status !== "approximate") return;
    expect(found.changes.filter((change) => change.kind !== "same")).toEqual([
      { kind: "removed", text: "“" },
      { kind: "added", text: '"' },
      { kind: "removed", text: "”" },
      { kind: "added", text: '"' },
    ]);
    const curly = quotes.filter((q) => /[“”’]/.test(q.exact)).length;
    expect(curly).toBeGreaterThan(1);
    expect(count(statuses(text), "approximate")).toBe(curly);
    expect(count(statuses(text), "exact")).toBe(quotes.length - curly);
  });

  it("stays not found when the quoted sentence is gone", () => {
    const quote = quoteStarting("Russia will do everything in its power");
    const text = edited(quote.exact, "");
    expect(reanchorQuote(text, quote)).toEqual({ status: "missing" });
  });

  it("stays not found rather than take like words elsewhere, in another context", () => {
    const quote = quoteStarting("We must not only look at the past");
    // The sentence is gone from its place; a like one, changed in meaning, stands elsewhere.
    const like = "We must not only look at the future, but also at the present.";
    const moved = edited(quote.exact, "We see it differently.");
    const text = edited(
      "Russia has called for",
      `A columnist wrote: ${like}\n\nRussia has called for`,
      moved,
    );
    expect(reanchorQuote(text, quote)).toEqual({ status: "missing" });
    // In its own place, with its own context, the same change is approximate and shown as such.
    const inPlace = edited(quote.exact, like);
    expect(reanchorQuote(inPlace, quote).status).toBe("approximate");
  });

  it("stays not found when a sentence is rewritten past a fifth of its characters", () => {
    const quote = quoteStarting("But it would be premature");
    const text = edited(
      quote.exact,
      "But it would be wise to say that we will stop taking any steps at all.",
    );
    expect(reanchorQuote(text, quote)).toEqual({ status: "missing" });
  });

  it("never matches a quotation of under five characters approximately", () => {
    const quote = { exact: "Hua,", start: 0, end: 4, prefix: "", suffix: " told" };
    expect(reanchorQuote("Hub, told reporters", quote)).toEqual({ status: "missing" });
    expect(reanchorQuote("Hua, told reporters", quote).status).toBe("exact");
  });
});
