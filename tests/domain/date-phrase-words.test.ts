import { describe, expect, it } from "vitest";
import {
  countNumber,
  isCapitalised,
  monthNumber,
  WEEKDAY,
} from "../../src/domain/date-phrase-words";

describe("date phrase words", () => {
  it.each([
    ["January", 1],
    ["aug.", 8],
    ["Sept", 9],
    ["SEP", 9],
    ["May", 5],
    ["december", 12],
  ] as const)("reads the month %s as %i", (word, month) => {
    expect(monthNumber(word)).toBe(month);
  });

  it("reads no month from other words", () => {
    expect(monthNumber("Thursday")).toBeUndefined();
    expect(monthNumber("")).toBeUndefined();
  });

  it.each([
    ["a", 1],
    ["two", 2],
    ["Twenty", 20],
    ["20", 20],
    ["365", 365],
  ] as const)("reads the count %s as %i", (word, count) => {
    expect(countNumber(word)).toBe(count);
  });

  it("reads no count from other words or long numbers", () => {
    expect(countNumber("several")).toBeUndefined();
    expect(countNumber("1000")).toBeUndefined();
    expect(countNumber("constructor")).toBeUndefined();
  });

  it("names a weekday only as a whole word", () => {
    const weekday = new RegExp(`^${WEEKDAY}`, "iu");
    expect(weekday.test("Thursday")).toBe(true);
    expect(weekday.test("thursday's")).toBe(true);
    expect(weekday.test("Sundays")).toBe(false);
  });

  it("tells a capitalised word", () => {
    expect(isCapitalised("March")).toBe(true);
    expect(isCapitalised("march")).toBe(false);
  });
});
