import { describe, expect, it } from "vitest";
import { isoAtPrecision } from "../../../src/data/export/iso-at-precision";
import { msOfYear } from "../../../src/domain/deep-time";

describe("isoAtPrecision", () => {
  const at = Date.parse("2021-08-19T00:00:00Z");

  it("writes a date only as long as its precision", () => {
    expect(isoAtPrecision(at, "day")).toBe("2021-08-19");
    expect(isoAtPrecision(at, "month")).toBe("2021-08");
    expect(isoAtPrecision(at, "year")).toBe("2021");
  });

  it("writes a time of day for minute precision, midnight included", () => {
    expect(isoAtPrecision(Date.parse("2021-08-19T14:05:00Z"), "minute")).toBe("2021-08-19T14:05Z");
    expect(isoAtPrecision(at, "minute")).toBe("2021-08-19T00:00Z");
  });

  it("writes BCE and deep-time years with a minus", () => {
    expect(isoAtPrecision(Date.parse("-000299-01-01T00:00:00Z"), "year")).toBe("-0299");
    expect(isoAtPrecision(msOfYear(-66_000_000), "year")).toBe("-66000000");
  });
});
