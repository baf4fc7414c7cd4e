import { describe, expect, it } from "vitest";
import { draftData, draftIdOf, isDraftData } from "../../../src/data/draft/draft-address";

describe("draft addresses", () => {
  it("names a draft by its id and reads the id back", () => {
    expect(draftData("a1b2c3")).toBe("draft:a1b2c3");
    expect(draftIdOf(draftData("a1b2c3"))).toBe("a1b2c3");
    expect(isDraftData("draft:a1b2c3")).toBe(true);
  });
  it("tells a draft from a file or an address", () => {
    expect(isDraftData("local:a1b2c3")).toBe(false);
    expect(isDraftData("./datasets/kabul-2021.json")).toBe(false);
    expect(isDraftData(undefined)).toBe(false);
  });
  it("reads no id from a value that does not hold one", () => {
    expect(draftIdOf("draft:")).toBeUndefined();
    expect(draftIdOf("draft:../etc")).toBeUndefined();
    expect(draftIdOf("draft:A B")).toBeUndefined();
    expect(draftIdOf("local:abc")).toBeUndefined();
  });
});
