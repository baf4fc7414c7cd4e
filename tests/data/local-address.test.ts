import { describe, expect, it } from "vitest";
import { isLocalData, LOCAL_PREFIX } from "../../src/data/local-address";

describe("isLocalData", () => {
  it("is true for a data value naming a file kept in this browser", () => {
    expect(isLocalData(`${LOCAL_PREFIX}abc123`)).toBe(true);
  });

  it("is false for an address, a draft and no data at all", () => {
    expect(isLocalData("./datasets/kabul-2021.json")).toBe(false);
    expect(isLocalData("draft:abc123")).toBe(false);
    expect(isLocalData(undefined)).toBe(false);
  });
});
