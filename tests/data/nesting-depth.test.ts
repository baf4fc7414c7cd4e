import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { nestingDepth } from "../../src/data/nesting-depth";

describe("nestingDepth", () => {
  it("counts the levels of lists and objects", () => {
    expect(nestingDepth("a")).toBe(0);
    expect(nestingDepth(null)).toBe(0);
    expect(nestingDepth([])).toBe(1);
    expect(nestingDepth({ a: [1, { b: [] }], c: 2 })).toBe(4);
  });

  it("calls a value that contains itself infinitely deep, and a shared one not", () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = { back: cyclic };
    expect(nestingDepth(cyclic)).toBe(Infinity);
    const shared = [1];
    expect(nestingDepth([shared, shared])).toBe(2);
  });

  it("measures any depth JSON.parse reads, without running out of stack", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 50_000 }), fc.boolean(), (depth, list) => {
        const [open, close] = list ? ["[", "]"] : ['{"a":', "}"];
        const value: unknown = JSON.parse(`${open.repeat(depth)}0${close.repeat(depth)}`);
        expect(nestingDepth(value)).toBe(depth);
      }),
      { numRuns: 10 },
    );
  });

  it("agrees with a recursive count on shallow values", () => {
    const depthOf = (value: unknown): number =>
      typeof value === "object" && value !== null
        ? 1 + Math.max(0, ...Object.values(value).map(depthOf))
        : 0;
    fc.assert(fc.property(fc.jsonValue(), (value) => nestingDepth(value) === depthOf(value)));
  });
});
