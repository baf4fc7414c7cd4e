import { describe, expect, it } from "vitest";
import { acledCountryReader } from "../../../src/data/acled/acled-country";

describe("acledCountryReader", () => {
  const countryOf = acledCountryReader();

  it("turns ISO numeric codes into alpha-2, with or without leading zeros", () => {
    expect(countryOf("4", "Afghanistan")).toBe("AF");
    expect(countryOf("004", "")).toBe("AF");
    expect(countryOf("804", "Ukraine")).toBe("UA");
  });

  it("trusts the number over the name", () => {
    expect(countryOf("250", "Exampleland")).toBe("FR");
  });

  it("falls back to the country's name when the number is unknown, blank or not a number", () => {
    expect(countryOf("999", "Ivory Coast")).toBe("CI");
    expect(countryOf("", "Democratic Republic of the Congo")).toBe("CD");
    expect(countryOf("n/a", "turkey")).toBe("TR");
  });

  it("gives no country when neither the number nor the name names one", () => {
    expect(countryOf("0", "Nowhereland")).toBeUndefined();
    expect(countryOf("", "")).toBeUndefined();
  });
});
