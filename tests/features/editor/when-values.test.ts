import { describe, expect, it } from "vitest";
import { datasetDate, dateFromInput, inputDate } from "../../../src/features/editor/when-values";

describe("datasetDate", () => {
  it("writes a date at each precision as the dataset format does", () => {
    expect(datasetDate("2021-08-19", "month")).toBe("2021-08-01");
    expect(datasetDate("2021-08-19", "year")).toBe("2021-01-01");
    expect(datasetDate("2021-08-19", "minute")).toBe("2021-08-19T00:00Z");
    expect(datasetDate("2021-08-19T14:30Z", "day")).toBe("2021-08-19");
    expect(datasetDate("2021-08", "day")).toBe("2021-08-01");
    expect(datasetDate("2021", "month")).toBe("2021-01-01");
    expect(datasetDate("-0299-01-01", "year")).toBe("-0299-01-01");
  });

  it("keeps a value that is no date, and an empty one", () => {
    expect(datasetDate("last week", "day")).toBe("last week");
    expect(datasetDate("", "day")).toBe("");
  });
});

describe("inputDate and dateFromInput", () => {
  it("shows a stored date in the input of its precision", () => {
    expect(inputDate("2021-08-19T14:30Z", "minute")).toBe("2021-08-19T14:30");
    expect(inputDate("2021-08-19", "day")).toBe("2021-08-19");
    expect(inputDate("2021-08-01", "month")).toBe("2021-08");
    expect(inputDate("2021-01-01", "year")).toBe("2021");
    expect(inputDate("-0299-01-01", "year")).toBe("-299");
    expect(inputDate("not a date", "day")).toBe("");
  });

  it("stores what an input holds in the dataset's form", () => {
    expect(dateFromInput("2021-08-19T14:30", "minute")).toBe("2021-08-19T14:30Z");
    expect(dateFromInput("2021-08", "month")).toBe("2021-08-01");
    expect(dateFromInput("2021", "year")).toBe("2021-01-01");
    expect(dateFromInput("-299", "year")).toBe("-0299-01-01");
    expect(dateFromInput("", "day")).toBe("");
  });
});
