import { describe, expect, it } from "vitest";
import { anchorQuote, whole } from "../../src/domain/anchor";

const quote = (exact: string, start: number, prefix = "", suffix = "") => ({
  exact,
  start,
  end: start + exact.length,
  prefix,
  suffix,
});

describe("anchorQuote", () => {
  const text = "He said: we will talk. Later he said: we will talk again.";

  it("keeps offsets that still hold the exact words", () => {
    expect(anchorQuote(text, quote("we will talk", 9))).toEqual({
      status: "exact",
      start: 9,
      end: 21,
    });
  });

  it("moves a quote whose words shifted, to the occurrence its prefix and suffix match", () => {
    const drifted = quote("we will talk", 30, "Later he said: ", " again");
    expect(anchorQuote(text, drifted)).toEqual({ status: "moved", start: 38, end: 50 });
  });

  it("breaks a tie between equally good matches by nearness to the old offsets", () => {
    expect(anchorQuote(text, quote("we will talk", 40))).toEqual({
      status: "moved",
      start: 38,
      end: 50,
    });
    expect(anchorQuote(text, quote("we will talk", 5))).toEqual({
      status: "moved",
      start: 9,
      end: 21,
    });
  });

  it("says the words are missing when they are nowhere in the text", () => {
    expect(anchorQuote(text, quote("we will fight", 9))).toEqual({ status: "missing" });
    expect(anchorQuote(text, quote("", 0))).toEqual({ status: "missing" });
  });

  it("never anchors half of a surrogate pair", () => {
    const flags = "Flags 🇦🇫 here";
    const half = flags.slice(7, 10);
    expect(whole(flags, 7, 10)).toBe(false);
    expect(anchorQuote(flags, quote(half, 7))).toEqual({ status: "missing" });
  });
});
