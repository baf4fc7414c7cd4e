import { describe, expect, it } from "vitest";
import { findQuote } from "../../src/domain/find-quote";

const words = (exact: string, prefix = "", suffix = "") => ({ exact, prefix, suffix });

describe("findQuote", () => {
  const text = "He said: we will talk. Later he said: we will talk again.";

  it("finds words that stand once", () => {
    expect(findQuote(text, words("talk again"))).toEqual({ status: "found", start: 46, end: 56 });
  });

  it("chooses among repeats by the prefix", () => {
    expect(findQuote(text, words("we will talk", "Later he said: "))).toEqual({
      status: "found",
      start: 38,
      end: 50,
    });
    expect(findQuote(text, words("we will talk", "He said: "))).toEqual({
      status: "found",
      start: 9,
      end: 21,
    });
  });

  it("chooses among repeats by the suffix", () => {
    expect(findQuote(text, words("we will talk", "", " again"))).toEqual({
      status: "found",
      start: 38,
      end: 50,
    });
    expect(findQuote(text, words("we will talk", "", "."))).toEqual({
      status: "found",
      start: 9,
      end: 21,
    });
  });

  it("refuses to guess between repeats with no prefix or suffix", () => {
    expect(findQuote(text, words("we will talk"))).toEqual({
      status: "repeated",
      count: 2,
      tied: 2,
    });
  });

  it("refuses when the prefix and suffix fit several places equally well", () => {
    // " said: " stands before both, and neither is followed by "!".
    expect(findQuote(text, words("we will talk", " said: ", "!"))).toEqual({
      status: "repeated",
      count: 2,
      tied: 2,
    });
    const three = "a, x. b, x. a, x.";
    expect(findQuote(three, words("x", "a, "))).toEqual({ status: "repeated", count: 3, tied: 2 });
  });

  it("says the words are missing when they are nowhere in the text", () => {
    expect(findQuote(text, words("we will fight"))).toEqual({ status: "missing" });
    expect(findQuote(text, words(""))).toEqual({ status: "missing" });
  });

  it("finds words holding emoji and combining characters, never half of either", () => {
    const article = "Crowds cheered 👍🏽 and sang “Kabul” (Kābul) 👍🏽 again.";
    expect(findQuote(article, words("👍🏽 again"))).toMatchObject({ status: "found" });
    const found = findQuote(article, words("Kābul"));
    expect(found).toMatchObject({ status: "found" });
    if (found.status === "found") expect(article.slice(found.start, found.end)).toBe("Kābul");
    // The second half of the thumbs-up stands inside both emoji: a place in neither.
    expect(findQuote(article, words("\uDC4D"))).toEqual({ status: "missing" });
  });

  it("picks the one place of 10,000 repeats in a 5,000,000-character source", () => {
    const block = `${"filler ".repeat(65)}the minister said: we will talk. `;
    const blocks = Array.from({ length: 10_000 }, (_, i) =>
      i === 7_777 ? block.replace("minister", "envoy") : block,
    );
    const source = blocks.join("").padEnd(5_000_000, " ");
    expect(source.length).toBe(5_000_000);
    expect(findQuote(source, words("we will talk"))).toEqual({
      status: "repeated",
      count: 10_000,
      tied: 10_000,
    });
    const chosen = findQuote(
      source,
      words("we will talk", `${"filler ".repeat(60)}the envoy said: `),
    );
    const start = 7_777 * block.length + (blocks[7_777] ?? "").indexOf("we will talk");
    expect(chosen).toEqual({ status: "found", start, end: start + 12 });
  });

  it("stays linear on a text that is one character repeated", () => {
    const source = "a".repeat(5_000_000);
    const context = "a".repeat(1_000);
    expect(findQuote(source, words("a", context, context))).toEqual({
      status: "repeated",
      count: 5_000_000,
      tied: 5_000_000 - 2_000,
    });
  });
});
