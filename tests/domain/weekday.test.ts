import { describe, expect, it } from "vitest";
import { resolveWeekday } from "../../src/domain/weekday";

// The Press TV article was published on Thursday 19 August 2021.
const PUBLISHED = Date.parse("2021-08-19T00:00:00Z");
const utc = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

describe("resolveWeekday", () => {
  it("resolves the publication's own weekday to the publication date", () => {
    expect(resolveWeekday(PUBLISHED, "Thursday")).toBe(utc("2021-08-19"));
  });

  it("resolves an earlier weekday to the latest such day before publication", () => {
    expect(resolveWeekday(PUBLISHED, "Sunday")).toBe(utc("2021-08-15"));
    expect(resolveWeekday(PUBLISHED, "Tuesday")).toBe(utc("2021-08-17"));
    expect(resolveWeekday(PUBLISHED, "Wednesday")).toBe(utc("2021-08-18"));
  });

  it("never looks forward: Friday is the Friday of the week before", () => {
    expect(resolveWeekday(PUBLISHED, "Friday")).toBe(utc("2021-08-13"));
  });

  it("ignores case and surrounding spaces", () => {
    expect(resolveWeekday(PUBLISHED, "sunday")).toBe(utc("2021-08-15"));
    expect(resolveWeekday(PUBLISHED, "TUESDAY")).toBe(utc("2021-08-17"));
    expect(resolveWeekday(PUBLISHED, " Sunday ")).toBe(utc("2021-08-15"));
  });

  it("is undefined for a word that is not a weekday", () => {
    for (const word of ["yesterday", "Sun", "", "Thursdays"]) {
      expect(resolveWeekday(PUBLISHED, word)).toBeUndefined();
    }
  });
});
