import { scaleUtc } from "d3-scale";
import { describe, expect, it } from "vitest";
import { whenEndMs } from "../../../src/domain/dates";
import type { Era } from "../../../src/domain/types";
import { placeEras } from "../../../src/features/timeline/place-eras";

const utc = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const era = (title: string, from: string, to: string): Era => ({
  title,
  start: utc(from),
  end: utc(to),
  precision: "day",
});

// 1 to 11 Aug 2021 over 1000 px: 100 px a day.
const window = { start: utc("2021-08-01"), end: utc("2021-08-11") };
const scale = scaleUtc().domain([window.start, window.end]).range([0, 1000]);
const place = (eras: readonly Era[]) =>
  placeEras(eras, eras.map(whenEndMs), window, scale, 1000).map(({ era, x0, x1, tint }) => ({
    title: era.title,
    x0,
    x1,
    tint,
  }));

describe("placeEras", () => {
  it("clips eras to the plot and places their inclusive last day up to its end", () => {
    expect(
      place([era("before", "2021-07-20", "2021-08-02"), era("after", "2021-08-10", "2021-08-30")]),
    ).toEqual([
      { title: "before", x0: 0, x1: 200, tint: 1 },
      { title: "after", x0: 900, x1: 1000, tint: 2 },
    ]);
  });

  it("leaves out eras that only touch the window's edges, and keeps tints by position in the list", () => {
    expect(
      place([
        era("ends at the start", "2021-07-01", "2021-07-31"),
        era("inside", "2021-08-03", "2021-08-03"),
        era("starts at the end", "2021-08-11", "2021-08-20"),
      ]),
    ).toEqual([{ title: "inside", x0: 200, x1: 300, tint: 2 }]);
  });
});
