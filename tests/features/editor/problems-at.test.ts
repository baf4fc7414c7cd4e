import { describe, expect, it } from "vitest";
import {
  pathOf,
  problemCount,
  problemsAt,
  problemsUnder,
} from "../../../src/features/editor/problems-at";

const problems = [
  { path: "title", message: "Give the timeline a title" },
  { path: "events[2].title", message: "Give the event a title" },
  { path: "events[2].when.start", message: "Give the date" },
  { path: "events[2].quotes[0].exact", message: "The words are not in the source" },
  { path: "events[20].title", message: "Another event" },
  { path: "events[2]", message: "The event as a whole" },
];

describe("problemsAt", () => {
  it("gives the problems at exactly one path", () => {
    expect(problemsAt(problems, "events[2].title").map((p) => p.message)).toEqual([
      "Give the event a title",
    ]);
    expect(problemsAt(problems, "events[2].when")).toEqual([]);
  });
});

describe("problemsUnder", () => {
  it("gives the problems at a path and inside it, not at a longer index", () => {
    expect(problemsUnder(problems, "events[2]").map((p) => p.path)).toEqual([
      "events[2].title",
      "events[2].when.start",
      "events[2].quotes[0].exact",
      "events[2]",
    ]);
  });

  it("reads inside a list by its index", () => {
    expect(problemsUnder(problems, "events[2].quotes").map((p) => p.path)).toEqual([
      "events[2].quotes[0].exact",
    ]);
  });

  it("gives every problem under the empty path", () => {
    expect(problemsUnder(problems, "")).toHaveLength(problems.length);
  });
});

describe("pathOf and problemCount", () => {
  it("joins fields and indexes onto a path", () => {
    expect(pathOf("", "title")).toBe("title");
    expect(pathOf("sources[1]", "url")).toBe("sources[1].url");
    expect(pathOf("events[0].quotes", "[3]")).toBe("events[0].quotes[3]");
  });

  it("counts problems in words", () => {
    expect(problemCount(1)).toBe("1 problem");
    expect(problemCount(3)).toBe("3 problems");
    expect(problemCount(1200)).toBe("1,200 problems");
  });
});
