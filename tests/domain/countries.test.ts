import { describe, expect, it } from "vitest";
import { countryName, isCountryCode } from "../../src/domain/countries";

describe("countryName", () => {
  it("gives the English short name of a country code", () => {
    expect(countryName("RU")).toBe("Russia");
    expect(countryName("AF")).toBe("Afghanistan");
    expect(countryName("LY")).toBe("Libya");
    expect(countryName("CN")).toBe("China");
  });

  it("is undefined for codes reserved for private use", () => {
    for (const code of ["XX", "ZZ", "QQ", "QM", "AA", "XK"]) {
      expect(countryName(code)).toBeUndefined();
    }
  });

  it("is undefined for lower case, alpha-3 and malformed codes", () => {
    for (const code of ["ru", "Ru", "RUS", "R", "", " RU", "12"]) {
      expect(countryName(code)).toBeUndefined();
    }
  });
});

describe("isCountryCode", () => {
  it("accepts real upper-case codes and rejects the rest", () => {
    expect(isCountryCode("KZ")).toBe(true);
    expect(isCountryCode("TM")).toBe(true);
    expect(isCountryCode("XX")).toBe(false);
    expect(isCountryCode("kz")).toBe(false);
    expect(isCountryCode("RUS")).toBe(false);
  });
});
