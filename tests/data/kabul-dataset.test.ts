import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { parseDatasetShape } from "../../src/data/dataset-schema";
import { parseIsoDate } from "../../src/domain/dates";
import { resolveWeekday } from "../../src/domain/weekday";
import { kabulArticle, kabulDataset, kabulJson } from "../fixtures/kabul";

// SHA-256 of shared/sources/000_c744cfa0dfda99b7.txt, the article as first saved: the shipped
// copy must not drift by a byte, and the check runs without the shared folder beside the repo.
const SAVED_ARTICLE_SHA256 = "4b90c12bccf6fff641cabd7304f0745e0588f7b65a59840155ddc28a831eab84";

const dataset = kabulDataset();
const WEEKDAY_IN_NOTE = /“on (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)”/;

describe("the Kabul 2021 dataset", () => {
  it("passes the schema and every semantic check", () => {
    const shape = parseDatasetShape(kabulJson());
    expect(shape.ok ? [] : shape.problems).toEqual([]);
  });

  it("has at least 14 events", () => {
    expect(dataset.events.length).toBeGreaterThanOrEqual(14);
  });

  it("reads its one source text from the article file", () => {
    expect(dataset.sources.map((s) => s.text)).toEqual([kabulArticle()]);
  });

  it("anchors every quote to its exact words in the article", () => {
    const texts = new Map(dataset.sources.map((s) => [s.id, s.text]));
    const quotes = dataset.events.flatMap((e) => e.quotes);
    expect(quotes.length).toBeGreaterThanOrEqual(dataset.events.length);
    for (const quote of quotes) {
      expect(texts.get(quote.sourceId)?.slice(quote.start, quote.end)).toBe(quote.exact);
    }
  });

  it("ships the article byte for byte as it was saved", () => {
    const shipped = Buffer.from(kabulArticle(), "utf8");
    expect(shipped.length).toBe(5660);
    expect(createHash("sha256").update(shipped).digest("hex")).toBe(SAVED_ARTICLE_SHA256);
  });

  it("dates each relative event to the weekday its note quotes, before publication", () => {
    const published = new Map(dataset.sources.map((s) => [s.id, parseIsoDate(s.publishedAt)]));
    const relative = dataset.events.filter((e) => e.when.basis === "relative");
    expect(relative.length).toBeGreaterThan(0);
    for (const event of relative) {
      const weekday = WEEKDAY_IN_NOTE.exec(event.when.note)?.[1];
      const publishedAt = published.get(event.quotes[0]?.sourceId ?? "");
      expect(weekday, event.id).toBeDefined();
      expect(publishedAt).toBe(Date.parse("2021-08-19T00:00:00Z"));
      if (weekday === undefined || publishedAt === undefined) continue;
      expect(event.when.start, event.id).toBe(resolveWeekday(publishedAt, weekday));
      expect(event.when.end, event.id).toBeUndefined();
    }
  });

  it("involves Afghanistan, its neighbours and the Moscow-format countries", () => {
    const countries = new Set(dataset.events.flatMap((e) => e.countries));
    for (const code of [
      "AF",
      "RU",
      "CN",
      "US",
      "LY",
      "PK",
      "IN",
      "IR",
      "KZ",
      "KG",
      "TJ",
      "TM",
      "UZ",
    ]) {
      expect(countries, code).toContain(code);
    }
  });
});
