import { describe, expect, it } from "vitest";
import { quoteStatus, quoteStatusLabel, shownChanges } from "../../src/domain/quote-status";

const approximate = (errors: number) =>
  ({ anchoring: { status: "approximate", errors, score: 0.9, changes: [] } }) as const;

describe("quoteStatus and its words", () => {
  it("is exact unless the quotation was moved, matched approximately or not found", () => {
    expect(quoteStatus({})).toBe("exact");
    expect(quoteStatus({ anchoring: { status: "moved" } })).toBe("moved");
    expect(quoteStatus(approximate(2))).toBe("approximate");
    expect(quoteStatus({ missing: true })).toBe("missing");
  });

  it("says how many characters differ in an approximate match", () => {
    expect(quoteStatusLabel({})).toBe("Exact");
    expect(quoteStatusLabel({ anchoring: { status: "moved" } })).toBe(
      "Moved: same words, new place",
    );
    expect(quoteStatusLabel(approximate(1))).toBe("Approximate: 1 character differs");
    expect(quoteStatusLabel(approximate(3))).toBe("Approximate: 3 characters differ");
    expect(quoteStatusLabel({ missing: true })).toBe("Not found in the source");
  });
});

describe("shownChanges", () => {
  it("cuts long unchanged runs to their ends around the change, keeping short ones whole", () => {
    const long = "a".repeat(30);
    expect(
      shownChanges(
        [
          { kind: "same", text: `${long}b` },
          { kind: "removed", text: "z" },
          { kind: "added", text: "s" },
          { kind: "same", text: "short" },
          { kind: "added", text: "!" },
          { kind: "same", text: `c${long}` },
        ],
        4,
      ),
    ).toEqual([
      { kind: "same", text: "…aaab" },
      { kind: "removed", text: "z" },
      { kind: "added", text: "s" },
      { kind: "same", text: "short" },
      { kind: "added", text: "!" },
      { kind: "same", text: "caaa…" },
    ]);
  });
});
