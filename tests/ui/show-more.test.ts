import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { planShown, showMoreLabel } from "../../src/ui/show-more";

describe("planShown", () => {
  it("draws the first step of a long list and offers a step more", () => {
    const plan = planShown(50_000, 100, 100);
    expect(plan).toEqual({ shown: 100, next: 100, hidden: 49_900 });
    expect(showMoreLabel(plan)).toBe("Show 100 more (49,900 not shown)");
  });

  it("offers only what is left near the end", () => {
    expect(planShown(250, 200, 100)).toEqual({ shown: 200, next: 50, hidden: 50 });
  });

  it("draws a short list whole", () => {
    expect(planShown(3, 100, 100)).toEqual({ shown: 3, next: 0, hidden: 0 });
  });

  it("never draws more than the list or the limit, and hides the rest", () => {
    fc.assert(
      fc.property(
        fc.nat(1_000_000),
        fc.nat(1_000_000),
        fc.integer({ min: 1, max: 1000 }),
        (total, limit, step) => {
          const plan = planShown(total, limit, step);
          expect(plan.shown).toBeLessThanOrEqual(Math.min(total, limit));
          expect(plan.shown + plan.hidden).toBe(total);
          expect(plan.next).toBeLessThanOrEqual(step);
        },
      ),
    );
  });
});
