import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { resolveView } from "../../src/app/resolve-view";
import { buildDatasetIndex } from "../../src/domain/dataset-index";
import { parseUrlState, serializeUrlState } from "../../src/app/url-state";
import { generatedLink as query } from "../fixtures/generated-links";
import { kabulDataset } from "../fixtures/kabul";

const RUNS = 10_000;

describe("parseUrlState and serializeUrlState, on generated links", () => {
  it("never throws, and serializing a parsed link is canonical and stable", () => {
    fc.assert(
      fc.property(query, (search) => {
        const once = serializeUrlState(parseUrlState(search));
        const twice = serializeUrlState(parseUrlState(once));
        expect(twice).toBe(once);
      }),
      { numRuns: RUNS },
    );
  });

  it("never leads to an event, country or date the dataset does not have", () => {
    const dataset = kabulDataset();
    const index = buildDatasetIndex(dataset);
    const { bounds, countrySet: countries } = index;
    fc.assert(
      fc.property(query, (search) => {
        const view = resolveView(index, parseUrlState(search));
        if (view.selected) expect(dataset.events).toContain(view.selected);
        for (const code of view.countries) expect(countries.has(code)).toBe(true);
        expect(view.window.start).toBeGreaterThanOrEqual(bounds.min - 1);
        expect(view.window.end).toBeLessThanOrEqual(bounds.max + 1);
        expect(view.window.end - view.window.start).toBeGreaterThanOrEqual(bounds.minSpan - 1);
      }),
      { numRuns: RUNS },
    );
  });
});
