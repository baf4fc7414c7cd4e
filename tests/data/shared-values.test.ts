import { describe, expect, it } from "vitest";
import { countrySet, createSharedValues, intern, internList } from "../../src/data/shared-values";

describe("shared values", () => {
  it("keeps one copy of a repeated string and of a repeated list", () => {
    const shared = createSharedValues();
    const first = intern(shared, ["dip", "lomacy"].join(""));
    expect(intern(shared, "diplomacy")).toBe(first);
    const actors = internList(shared, ["Sergei Lavrov", "Taliban"]);
    expect(internList(shared, ["Sergei Lavrov", "Taliban"])).toBe(actors);
    expect(Object.isFrozen(actors)).toBe(true);
  });

  it("gives countries upper case, unique and sorted, one array per set, and none for a bad code", () => {
    const shared = createSharedValues();
    const set = countrySet(["ru", "AF", "RU"], shared);
    expect(set).toEqual(["AF", "RU"]);
    expect(countrySet(["ru", "AF", "RU"], shared)).toBe(set);
    expect(countrySet(["AF", "XX"], shared)).toBeUndefined();
  });

  it("keeps lists apart that a joined key would confuse", () => {
    const shared = createSharedValues();
    expect(internList(shared, [])).toEqual([]);
    expect(internList(shared, [""])).toEqual([""]);
    expect(internList(shared, ["a,b"])).toEqual(["a,b"]);
    expect(internList(shared, ["a", "b"])).toEqual(["a", "b"]);
    expect(internList(shared, ["a\u0001b"])).toEqual(["a\u0001b"]);
    expect(countrySet([], shared)).toEqual([]);
    expect(countrySet([""], shared)).toBeUndefined();
    expect(countrySet(["af,ru"], shared)).toBeUndefined();
    expect(countrySet(["af", "ru"], shared)).toEqual(["AF", "RU"]);
  });
});
