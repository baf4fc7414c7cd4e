import { describe, expect, it } from "vitest";
import { imageCredits } from "../../src/domain/image-credits";
import type { Dataset } from "../../src/domain/types";
import { dayEvent } from "../fixtures/day-events";
import { kabulDataset } from "../fixtures/kabul";
import { aShownView } from "../fixtures/shown-views";

describe("imageCredits", () => {
  it("names each quoted source by publisher and title", () => {
    expect(imageCredits(aShownView(), 2000)).toEqual([
      "Source: Press TV, “Russia foreign minister calls for nationwide dialogue in Afghanistan after Taliban takeover”",
    ]);
  });

  it("credits what imported events cite when they quote no source text", () => {
    const cited = {
      ...dayEvent("cited", 3),
      citation: { title: "Wire photo", url: "https://example.org/p", credit: "AP" },
    };
    const dataset: Dataset = { ...kabulDataset(), events: [cited], sources: [] };
    expect(imageCredits(aShownView({ dataset }), 2000)).toEqual(["Source: AP"]);
  });

  it("credits nothing for events that cite nothing", () => {
    const dataset: Dataset = { ...kabulDataset(), events: [dayEvent("bare", 3)], sources: [] };
    expect(imageCredits(aShownView({ dataset }), 2000)).toEqual([]);
  });
});
