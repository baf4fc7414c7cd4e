import { describe, expect, it } from "vitest";
import { formatCount } from "../../src/domain/count";

describe("formatCount", () => {
  it("groups thousands with commas and leaves small counts alone", () => {
    expect(formatCount(0)).toBe("0");
    expect(formatCount(999)).toBe("999");
    expect(formatCount(1000)).toBe("1,000");
    expect(formatCount(100_000)).toBe("100,000");
    expect(formatCount(1_234_567)).toBe("1,234,567");
  });
});
