import { describe, expect, it } from "vitest";
import {
  ACLED_COLUMNS,
  acledColumnIndex,
  isAcledHeader,
} from "../../../src/data/acled/acled-columns";

describe("isAcledHeader", () => {
  it("knows ACLED's full export header", () => {
    expect(isAcledHeader(ACLED_COLUMNS)).toBe(true);
  });

  it("knows the required columns shuffled, in upper or mixed case, with spaces around", () => {
    const header = [" NOTES", "Location", "COUNTRY", "Sub_Event_Type", "EVENT_TYPE"];
    expect(isAcledHeader([...header, "Time_Precision ", "EVENT_DATE", "Event_Id_Cnty"])).toBe(true);
  });

  it("refuses a header that lacks a required column", () => {
    expect(isAcledHeader(ACLED_COLUMNS.filter((column) => column !== "event_date"))).toBe(false);
  });

  it("refuses TimelineJS's spreadsheet header, even with a location and a country", () => {
    expect(isAcledHeader(["Year", "Month", "Day", "Headline", "location", "country"])).toBe(false);
  });
});

describe("acledColumnIndex", () => {
  it("finds each known column by name, the first when repeated, and ignores others", () => {
    const index = acledColumnIndex(["Notes", "extra", "EVENT_DATE", "notes"]);
    expect([...index]).toEqual([
      ["notes", 0],
      ["event_date", 2],
    ]);
  });
});
