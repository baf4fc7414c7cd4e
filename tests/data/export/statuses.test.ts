import { describe, expect, it } from "vitest";
import { EVENT_CSV_COLUMNS, toEventsCsv } from "../../../src/data/export/to-events-csv";
import { toSourcelineColumns } from "../../../src/data/export/to-sourceline-columns";
import { toSourcelineJson } from "../../../src/data/export/to-sourceline-json";
import { toTimelineJs } from "../../../src/data/export/to-timelinejs";
import { parseCsv } from "../../../src/data/csv";
import { readDataset } from "../../../src/data/read-dataset";
import { quoteStatus } from "../../../src/domain/quote-status";
import type { Dataset } from "../../../src/domain/types";
import { kabulEdited } from "../../fixtures/kabul-edited";

// The built-in article re-saved with a line on top, one quoted word mended and one quotation's
// words rewritten: every status at once.
const edited = () =>
  kabulEdited((article) =>
    `Updated 20 August.\n\n${article}`
      .replace("clear-headed", "clear headed")
      .replace("nothing in this world remains unchanged", "the world keeps on changing as ever"),
  );

const statuses = (dataset: Dataset) =>
  dataset.events.flatMap((event) => event.quotes.map(quoteStatus));
const read = (text: string, name: string) => readDataset(text, { name, label: name });

describe("quotation statuses in every export", () => {
  it("Sourceline JSON says each one that is not exact, and keeps the hash of the text quoted", async () => {
    const dataset = await edited();
    const json = JSON.parse(toSourcelineJson(dataset, dataset.events));
    const written = json.events.flatMap((event: { quotes: { status?: string }[] }) =>
      event.quotes.map((quote) => quote.status ?? "exact"),
    );
    expect(written).toEqual(statuses(dataset));
    expect(new Set(written)).toEqual(new Set(["moved", "approximate", "missing"]));
    expect(json.sources[0].textSha256).toBe(dataset.sources[0]?.textSha256);
  });

  it.each([
    ["Sourceline JSON", toSourcelineJson, "export.json"],
    ["columns", toSourcelineColumns, "export.columns.json"],
  ] as const)(
    "%s read back: the same statuses, the same changes, and the text still said to have changed",
    async (_, write, name) => {
      const dataset = await edited();
      const again = await read(write(dataset, dataset.events), name);
      expect(statuses(again)).toEqual(statuses(dataset));
      // All but the score, whose nearness term now measures from the offsets the export wrote.
      const quotes = (d: Dataset) =>
        d.events.flatMap((event) =>
          event.quotes.map(({ anchoring, ...quote }) =>
            anchoring?.status === "approximate"
              ? { ...quote, anchoring: { ...anchoring, score: expect.any(Number) } }
              : { ...quote, anchoring },
          ),
        );
      expect(quotes(again)).toEqual(quotes(dataset));
      expect(again.warnings.filter(({ kind }) => kind === "text-changed")).toHaveLength(1);
    },
  );

  it("the CSV has a status beside each quotation, line for line", async () => {
    const dataset = await edited();
    const csv = parseCsv(toEventsCsv(dataset, dataset.events));
    if (!csv.ok) throw new Error(csv.problem);
    const [header, ...rows] = csv.records.map((record) => record.cells);
    const at = (header ?? []).indexOf("quote statuses");
    expect(at).toBe(EVENT_CSV_COLUMNS.indexOf("quote statuses"));
    const china = rows.find((cells) => cells[0] === "china-says-taliban-changed");
    expect(china?.[at]?.split("\n")).toEqual([
      "Moved: same words, new place",
      "Approximate: 1 character differs",
      "Not found in the source",
      "Moved: same words, new place",
    ]);
  });

  it("TimelineJS says a quotation that is not exact beside it", async () => {
    const dataset = await edited();
    const text = toTimelineJs(dataset, dataset.events);
    expect(text).toContain("<small>(Approximate: 1 character differs)</small>");
    expect(text).toContain("<small>(Moved: same words, new place)</small>");
  });
});
