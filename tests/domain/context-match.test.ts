import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { contextScores, matchLengths } from "../../src/domain/context-match";

/** The match length, compared the slow and obvious way. */
function naive(text: string, pattern: string, at: number, direction: 1 | -1): number {
  const t = direction === 1 ? text : [...text].reverse().join("");
  const p = direction === 1 ? pattern : [...pattern].reverse().join("");
  let n = 0;
  while (n < p.length && at + n < t.length && t[at + n] === p[n]) n++;
  return n;
}

describe("matchLengths", () => {
  it("measures how far the pattern matches from each position, forwards and backwards", () => {
    expect([...matchLengths("abcabd", "abd", [0, 3, 6], 1)]).toEqual([2, 3, 0]);
    // Backwards, "dbacba" is the text read from its end.
    expect([...matchLengths("abcabd", "cabd", [0, 3], -1)]).toEqual([4, 0]);
  });

  it("gives the same lengths on the Z-algorithm pass as on direct comparison", () => {
    // Many positions and a long pattern take the single pass; the naive lengths must agree.
    const code = fc.constantFrom("a", "b");
    fc.assert(
      fc.property(
        fc.array(code, { minLength: 1, maxLength: 40 }).map((parts) => parts.join("")),
        fc.array(code, { minLength: 1, maxLength: 40 }).map((parts) => parts.join("")),
        fc.constantFrom<1 | -1>(1, -1),
        (text, pattern, direction) => {
          const ats = Array.from({ length: text.length + 1 }, (_, i) => i);
          const lengths = matchLengths(text, pattern, ats, direction);
          expect([...lengths]).toEqual(ats.map((at) => naive(text, pattern, at, direction)));
        },
      ),
    );
  });
});

describe("contextScores", () => {
  it("adds the prefix matched before each place to the suffix matched after it", () => {
    const text = "He said: we will talk. Later he said: we will talk again.";
    const scores = contextScores(text, [9, 38], "we will talk".length, "Later he said: ", " again");
    expect([...scores]).toEqual([8 + 0, 15 + 6]);
  });
});
