import { describe, expect, it } from "vitest";
import { countryProblem, dateProblem, idProblem, quoted } from "../../src/data/problem-words";

describe("countryProblem", () => {
  it("names the country meant by a common mistake, with its code", () => {
    expect(countryProblem("UK")).toBe('"UK" is not a country code; the United Kingdom is "GB"');
    expect(countryProblem("el")).toBe('"el" is not a country code; Greece is "GR"');
  });

  it("asks for an ISO 3166-1 alpha-2 code otherwise", () => {
    expect(countryProblem("GBR")).toBe(
      '"GBR" is not a country code: use an ISO 3166-1 alpha-2 code, e.g. "AF" for Afghanistan',
    );
  });
});

describe("dateProblem", () => {
  it("says a time needs minute precision", () => {
    expect(dateProblem("2023-02-27T10:00Z", "day")).toBe(
      '"2023-02-27T10:00Z" has a time: a time needs "precision": "minute"',
    );
  });

  it("shows how to write a date, or a time at minute precision", () => {
    expect(dateProblem("2021-13-01", "day")).toBe(
      '"2021-13-01" is not a date: write YYYY-MM-DD, e.g. "2021-08-19"',
    );
    expect(dateProblem("10:00", "minute")).toBe(
      '"10:00" is not a date or time: write YYYY-MM-DD or a UTC time YYYY-MM-DDTHH:MMZ',
    );
  });
});

describe("idProblem", () => {
  it("quotes the id and says what an id is made of", () => {
    expect(idProblem("Bad Id!")).toBe(
      '"Bad Id!" is not an id: use lower-case letters, digits, - and _',
    );
    expect(idProblem("x".repeat(201))).toMatch(/: use at most 200 lower-case letters/);
  });
});

describe("quoted", () => {
  it("writes a value as JSON, cutting a long one short", () => {
    expect(quoted("UK")).toBe('"UK"');
    expect(quoted(5)).toBe("5");
    // An override in the value would otherwise reverse the rest of the message after it.
    expect(quoted("\u202EUK")).toBe('"\\u202EUK"');
    expect(quoted("a".repeat(200))).toHaveLength(80);
  });
});

describe("quoted, on values no JSON file holds", () => {
  it("names a value that contains itself instead of throwing", () => {
    const cyclic: unknown[] = [];
    cyclic.push(cyclic);
    expect(quoted(cyclic)).toBe("a list that contains itself");
  });

  it("shows only both ends of a huge string", () => {
    const huge = `start${"x".repeat(10_000_000)}end`;
    expect(quoted(huge)).toMatch(/^"startx+…nd"$/);
    expect(quoted(huge).length).toBeLessThanOrEqual(80);
  });
});

describe("quoted, on values nested thousands of levels deep", () => {
  it("says how deep instead of running out of stack", () => {
    const deep = JSON.parse(`${"[".repeat(10_000)}1${"]".repeat(10_000)}`) as unknown;
    expect(quoted(deep)).toBe("a list nested 10,000 levels deep");
    const object = JSON.parse(`${'{"a":'.repeat(10_000)}1${"}".repeat(10_000)}`) as unknown;
    expect(quoted(object)).toBe("a value nested 10,000 levels deep");
  });

  it("writes out a value nested a few levels", () => {
    expect(quoted([[["a"]]])).toBe('[[["a"]]]');
  });
});
