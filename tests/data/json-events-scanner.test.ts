import { describe, expect, it } from "vitest";
import {
  jsonEventsScanner,
  MAX_EVENT_CHARS,
  ScanProblem,
} from "../../src/data/json-events-scanner";
import { kabulJson } from "../fixtures/kabul";

/** The document pushed in pieces of `size` characters: its events, and its skeleton at the end. */
function scanned(text: string, size: number, limit = 1e9) {
  const scanner = jsonEventsScanner(limit);
  const events: unknown[] = [];
  for (let i = 0; i < text.length; i += size) events.push(...scanner.push(text.slice(i, i + size)));
  return { events, skeleton: scanner.end().skeleton };
}

function problemOf(text: string, size = 7): string {
  try {
    scanned(text, size);
  } catch (error) {
    if (error instanceof ScanProblem) return error.message;
    throw error;
  }
  return "none";
}

// Strings that look like structure: brackets, commas, colons, quotes and backslashes escaped,
// a key named "events" inside an event, letters of several bytes.
const tricky = {
  title: 'A "title", with [brackets] and {braces}: \\ and "events": [1, 2]',
  meta: { events: [{ not: "these" }], list: [1, [2, [3]]] },
  events: [
    { id: "a", title: '] , } \\" \\\\', when: { start: "2021-08-15" }, tags: ["x", "y"] },
    { id: "b", title: "Kabul 😀 ₤ é", nested: { deep: [{ events: [] }] }, n: -1.5e3 },
    { id: "c", title: "\\\\", empty: {}, none: null, yes: true },
  ],
  after: ["tail", { events: 3 }],
};

describe("jsonEventsScanner", () => {
  it("gives the same events and the rest of the document as JSON.parse, however it is cut", () => {
    for (const doc of [tricky, kabulJson()]) {
      for (const text of [JSON.stringify(doc), JSON.stringify(doc, null, 2)]) {
        const whole = JSON.parse(text) as { events: unknown[] };
        for (const size of [1, 2, 3, 5, 16, 100, 4096, text.length]) {
          const { events, skeleton } = scanned(text, size);
          expect(events).toEqual(whole.events);
          expect(skeleton).toEqual({ ...whole, events: [] });
        }
      }
    }
  });

  it("strips a byte order mark and reads an empty events array", () => {
    const { events, skeleton } = scanned('\uFEFF { "events" : [ ] , "title": "t" }', 3);
    expect(events).toEqual([]);
    expect(skeleton).toEqual({ events: [], title: "t" });
  });

  it("tells the document so far, with the events array closed, once the events have begun", () => {
    const scanner = jsonEventsScanner(1e9);
    scanner.push('{"title": "t", "sources": [{"id": "s"}], "ev');
    expect(scanner.soFar()).toBeUndefined();
    expect(scanner.push('ents": [{"id": "a"}, {"id": "b"')).toEqual([{ id: "a" }]);
    expect(scanner.soFar()).toEqual({ title: "t", sources: [{ id: "s" }], events: [] });
    expect(scanner.push("}], ")).toEqual([{ id: "b" }]);
    expect(scanner.soFar()).toBeUndefined();
  });

  it("names what keeps a document from being read as it streams", () => {
    expect(problemOf('{"events": [1], "events": [2]}')).toBe("it has more than one events array");
    expect(problemOf('{"layout": "columns", "events": {"id": []}}')).toBe("it has no events array");
    expect(problemOf('{"events": [{"id": "a"}, {"id": }]}', 100)).toMatch(
      /^it is not JSON after its first 0 events \(/,
    );
    expect(problemOf('{"events": [{"id": "a"}')).toBe("it ends before it is complete");
    expect(problemOf('{"events": []}}')).toBe("it closes more than it opens");
    expect(problemOf('{"events": []} trailing')).toMatch(/JSON/);
  });

  it("refuses an event too large to hold, and a skeleton over its limit", () => {
    const huge = `{"events": [{"title": "${"x".repeat(MAX_EVENT_CHARS + 2_000_000)}"}]}`;
    expect(problemOf(huge, 1 << 20)).toBe("one of its events is too large");
    expect(() => scanned(`{"title": "${"x".repeat(100)}", "events": []}`, 10, 50)).toThrow(
      "what is not its events is too large",
    );
  });
});
