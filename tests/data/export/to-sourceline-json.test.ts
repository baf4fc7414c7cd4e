import { describe, expect, it } from "vitest";
import { toSourcelineJson } from "../../../src/data/export/to-sourceline-json";
import type { Dataset, TimelineEvent } from "../../../src/domain/types";
import { dayEvent } from "../../fixtures/day-events";

const plain = dayEvent("plain", 0);
const dated: TimelineEvent = {
  ...dayEvent("dated", 1),
  when: { ...dayEvent("dated", 1).when, approximate: true, basis: "inferred", note: "About then." },
};
const dataset: Dataset = {
  title: "T",
  description: "",
  sources: [],
  events: [plain, dated],
  eras: [],
  warnings: [],
};

describe("toSourcelineJson", () => {
  it("leaves out date fields at the format's defaults, and keeps the rest", () => {
    const [first, second] = JSON.parse(toSourcelineJson(dataset, dataset.events)).events;
    expect(first.when).toEqual({ start: "2021-08-01" });
    expect(second.when).toEqual({
      start: "2021-08-02",
      approximate: true,
      basis: "inferred",
      note: "About then.",
    });
  });
});
