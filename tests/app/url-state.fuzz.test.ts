import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { boundsForDataset, countriesOf, resolveView } from "../../src/app/resolve-view";
import { parseUrlState, serializeUrlState } from "../../src/app/url-state";
import { kabulDataset } from "../fixtures/kabul";

const RUNS = 10_000;

// Names as people and tools mangle them: known ones in any case, repeated, and strangers.
const key = fc.oneof(
  fc.constantFrom("event", "country", "q", "from", "to", "data"),
  fc.constantFrom("EVENT", "Country", "Q", "FROM", "To", "DATA", "utm_source", "", "=", "&"),
  fc.string({ maxLength: 12 }),
);
// Values: valid ones, near misses, percent-encoding errors, script payloads, huge and binary strings.
const value = fc.oneof(
  fc.constantFrom(
    "lavrov-mangoush-press-conference",
    "moscow-format-begins",
    "RU,CN",
    "ru",
    "ZZ,XX",
  ),
  fc.constantFrom("2021-08-14", "2021-08-20T06:30Z", "2021-02-30", "2021-13-01", "yesterday"),
  fc.constantFrom("%", "%E0%A4%A", "%ZZ", "%uD800", "%F0%9F%98", "+%20+", ",,,", "\u0000"),
  fc.constantFrom("<script>alert(1)</script>", "javascript:alert(1)", '"><img src=x onerror=1>'),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string({ maxLength: 6000 }),
);
const pair = fc
  .tuple(key, value, fc.boolean())
  .map(([k, v, encoded]) =>
    encoded ? `${encodeURIComponent(k)}=${encodeURIComponent(v)}` : `${k}=${v}`,
  );
const query = fc.oneof(
  fc.array(pair, { maxLength: 8 }).map((pairs) => pairs.join("&")),
  fc.string({ unit: "binary", maxLength: 200 }),
);

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
    const bounds = boundsForDataset(dataset);
    const countries = countriesOf(dataset);
    fc.assert(
      fc.property(query, (search) => {
        const view = resolveView(dataset, parseUrlState(search), bounds);
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
