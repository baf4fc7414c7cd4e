import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { searchTextOf } from "../../src/domain/search";
import { matchingIndexes, prepareSearchText } from "../../src/domain/search-corpus";
import type { EventId, TimelineEvent } from "../../src/domain/types";

function event(title: string, summary = ""): TimelineEvent {
  return {
    id: title.replace(/\W+/g, "-").toLowerCase() as EventId,
    title,
    summary,
    kind: "event",
    countries: [],
    actors: [],
    when: { start: 0, precision: "day", approximate: false, basis: "explicit", note: "" },
    quotes: [],
  };
}

describe("matchingIndexes", () => {
  const EVENTS = [
    event("Lavrov in Moscow", "talks on dialogue"),
    event("Taliban take Kabul"),
    event("Moscow format", "dialogue again, Moscow"),
    event("Hua Chunying briefing"),
  ];

  it("finds the events holding every term, each once, in order", () => {
    expect(matchingIndexes(EVENTS, ["moscow"])).toEqual([0, 2]);
    expect(matchingIndexes(EVENTS, ["moscow", "dialogue"])).toEqual([0, 2]);
    expect(matchingIndexes(EVENTS, ["dialogue", "format"])).toEqual([2]);
    expect(matchingIndexes(EVENTS, ["zebra"])).toEqual([]);
  });

  it("never matches across two events' texts", () => {
    // "…kabul" ends one event's text and "moscow…" starts the next one's.
    expect(matchingIndexes(EVENTS, ["kabul moscow"])).toEqual([]);
    expect(matchingIndexes(EVENTS, ["kabul\u0000moscow"])).toEqual([]);
  });

  it("prepares texts a batch at a time, and answers the same before and after", () => {
    const events = Array.from({ length: 10 }, (_, i) =>
      event(`Event ${i}`, i % 3 ? "odd" : "third"),
    );
    expect(prepareSearchText(events, 4)).toBe(4);
    expect(prepareSearchText(events, 4)).toBe(8);
    expect(matchingIndexes(events, ["third"])).toEqual([0, 3, 6, 9]);
    expect(prepareSearchText(events, 4)).toBe(10);
    expect(matchingIndexes(events, ["event 1"])).toEqual([1]);
  });

  it("agrees with checking every event's own text", () => {
    const word = fc.constantFrom("kabul", "moscow", "talks", "a", "ab", "b", " ", "é");
    const text = fc.array(word, { maxLength: 6 }).map((words) => words.join(""));
    fc.assert(
      fc.property(
        fc.array(fc.tuple(text, text), { maxLength: 30 }),
        fc.array(fc.stringMatching(/^[a-z ]{1,4}$/), { minLength: 1, maxLength: 3 }),
        (pairs, terms) => {
          const events = pairs.map(([title, summary]) => event(title || "x", summary));
          const expected = events.flatMap((e, i) =>
            terms.every((term) => searchTextOf(e).includes(term)) ? [i] : [],
          );
          expect(matchingIndexes(events, terms)).toEqual(expected);
        },
      ),
      { numRuns: 500 },
    );
  });
});
