import { describe, expect, it } from "vitest";
import { basisLabel, basisPhrase } from "../../src/domain/basis";
import type { DateBasis, When } from "../../src/domain/types";

const utc = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

function when(basis: DateBasis, start = "2021-08-19"): When {
  return { start: utc(start), precision: "day", approximate: false, basis, note: "" };
}

describe("basisPhrase", () => {
  it("quotes the weekday the article named for a relative date", () => {
    expect(basisPhrase(when("relative", "2021-08-19"))).toBe("the article says ‘on Thursday’");
    expect(basisPhrase(when("relative", "2021-08-15"))).toBe("the article says ‘on Sunday’");
  });

  it("says the article states an explicit date", () => {
    expect(basisPhrase(when("explicit"))).toBe("the article says so");
  });

  it("says an inferred date comes from reading the article", () => {
    expect(basisPhrase(when("inferred"))).toBe("inferred from the article");
  });

  it("says an external date comes from another source", () => {
    expect(basisPhrase(when("external"))).toBe("from another source");
  });
});

describe("basisLabel", () => {
  it("labels each way a date can be known", () => {
    expect(basisLabel("explicit")).toBe("stated in the text");
    expect(basisLabel("relative")).toBe("weekday resolved against the publication date");
    expect(basisLabel("inferred")).toBe("inferred from the text");
    expect(basisLabel("external")).toBe("from another source");
  });
});
