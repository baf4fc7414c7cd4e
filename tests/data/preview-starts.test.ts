import { describe, expect, it } from "vitest";
import { previewStarts, streamedStarts } from "../../src/data/preview-starts";

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

describe("previewStarts", () => {
  it("reads the usual layout's starts, sorted, dates and UTC times alike", () => {
    const json = {
      events: [
        { id: "b", when: { start: "2021-08-19" } },
        { id: "a", when: { start: "2021-08-15T14:30Z", precision: "minute" } },
        { id: "c", when: { start: "2001-09-11" } },
      ],
    };
    expect([...(previewStarts(json) ?? [])]).toEqual([
      day("2001-09-11"),
      Date.UTC(2021, 7, 15, 14, 30),
      day("2021-08-19"),
    ]);
  });

  it("reads the columns layout's start column, as a list or as a dictionary", () => {
    const list = {
      layout: "columns",
      events: { id: ["a", "b"], "when.start": ["2021-08-19", "2021-08-15"] },
    };
    expect([...(previewStarts(list) ?? [])]).toEqual([day("2021-08-15"), day("2021-08-19")]);
    const dictionary = {
      layout: "columns",
      events: {
        id: ["a", "b", "c"],
        "when.start": { values: ["2021-08-19", "2020-02-29"], codes: [0, 1, 0] },
      },
    };
    expect([...(previewStarts(dictionary) ?? [])]).toEqual([
      day("2020-02-29"),
      day("2021-08-19"),
      day("2021-08-19"),
    ]);
  });

  it("leaves out what is not a date (the checks that follow say so), and has nothing without events", () => {
    const json = {
      events: [
        { when: { start: "2021-02-30" } },
        { when: { start: 20210815 } },
        { when: "2021-08-15" },
        null,
        { when: { start: "2021-08-15" } },
      ],
    };
    expect([...(previewStarts(json) ?? [])]).toEqual([day("2021-08-15")]);
    expect(previewStarts({ events: [{ when: { start: "soon" } }] })).toBeUndefined();
    expect(previewStarts({ events: [] })).toBeUndefined();
    expect(previewStarts({ title: "No events" })).toBeUndefined();
    expect(previewStarts([1, 2])).toBeUndefined();
    expect(
      previewStarts({ events: { "when.start": { values: ["2021-08-15"], codes: "0" } } }),
    ).toBeUndefined();
  });
});

describe("streamedStarts", () => {
  it("tells the starts so far, sorted, each time their count doubles, skipping what is not a date", () => {
    const told: number[][] = [];
    const add = streamedStarts((starts, soFar) => {
      expect(soFar).toBe(true);
      told.push([...starts]);
    }, 2);
    for (const start of ["2021-08-19", "soon", "2021-08-15", "2001-09-11", "2021-01-01"])
      add(start);
    expect(told).toEqual([
      [day("2021-08-15"), day("2021-08-19")],
      [day("2001-09-11"), day("2021-01-01"), day("2021-08-15"), day("2021-08-19")],
    ]);
  });
});
