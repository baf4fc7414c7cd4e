import { describe, expect, it } from "vitest";
import { countryName, isCountryCode } from "../../src/domain/countries";
import { allCountryCodes, countriesMatching, foldForSearch } from "../../src/domain/country-codes";

describe("allCountryCodes", () => {
  it("lists every code the region names know, and only real country codes", () => {
    const codes = allCountryCodes();
    expect(codes.length).toBeGreaterThan(240);
    expect(codes).toEqual(expect.arrayContaining(["AF", "RU", "CN", "CI", "GB", "US"]));
    for (const code of codes) expect(isCountryCode(code)).toBe(true);
    // Private-use and grouping codes are not countries.
    for (const code of ["AA", "ZZ", "EU", "UN", "XK", "QO", "UK"])
      expect(codes).not.toContain(code);
  });

  it("offers each country once: withdrawn codes named after their successors are left out", () => {
    const codes = allCountryCodes();
    // ISO 3166-1 assigns 249 codes.
    expect(codes).toHaveLength(249);
    for (const code of ["SU", "YU", "ZR", "DD", "FX"]) expect(codes).not.toContain(code);
    const names = codes.map((code) => countryName(code));
    expect(new Set(names).size).toBe(names.length);
  });

  it("sorts the codes by English name", () => {
    const names = allCountryCodes().map((code) => countryName(code) ?? "");
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, "en")));
  });

  it("builds the list once", () => {
    expect(allCountryCodes()).toBe(allCountryCodes());
  });
});

describe("countriesMatching", () => {
  it("puts the country a code names first", () => {
    expect(countriesMatching("ru")[0]).toBe("RU");
    expect(countriesMatching("RU")[0]).toBe("RU");
  });

  it("ignores case and diacritics", () => {
    expect(countriesMatching("cote")).toContain("CI");
    expect(countriesMatching("CÔTE")).toContain("CI");
    expect(foldForSearch(" Côte d’Ivoire ")).toBe("cote d’ivoire");
  });

  it("puts names that start with the words before names that contain them", () => {
    const found = countriesMatching("rus");
    expect(found[0]).toBe("RU");
    expect(found).toContain("BY");
    expect(found.indexOf("RU")).toBeLessThan(found.indexOf("BY"));
  });

  it("searches only among the codes given, and gives them all for no words", () => {
    expect(countriesMatching("rus", ["BY", "CN"])).toEqual(["BY"]);
    expect(countriesMatching("  ", ["BY", "CN"])).toEqual(["BY", "CN"]);
    expect(countriesMatching("atlantis")).toEqual([]);
  });
});
