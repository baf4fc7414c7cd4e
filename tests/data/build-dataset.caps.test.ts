import { describe, expect, it } from "vitest";
import { DatasetError } from "../../src/data/dataset-error";
import { FIELD_CAPS } from "../../src/data/field-caps";
import { readDataset } from "../../src/data/read-dataset";
import type { Dataset } from "../../src/domain/types";

const TEXT =
  "On Sunday the Taliban took Kabul. Lavrov said on Thursday that Moscow favours dialogue.";
const EXACT = "the Taliban took Kabul";

function datasetJson(event: Record<string, unknown> = {}, source: Record<string, unknown> = {}) {
  const start = TEXT.indexOf(EXACT);
  return {
    title: "Kabul, August 2021",
    sources: [
      { id: "presstv", title: "Press TV", publishedAt: "2021-08-19", text: TEXT, ...source },
    ],
    events: [
      {
        id: "taliban-take-kabul",
        title: "Taliban take Kabul",
        when: { start: "2021-08-15" },
        quotes: [{ sourceId: "presstv", exact: EXACT, start, end: start + EXACT.length }],
        ...event,
      },
    ],
  };
}

const read = (json: unknown): Promise<Dataset> =>
  readDataset(JSON.stringify(json), { name: "kabul.json", label: "The file kabul.json" });

const MB = 1024 * 1024;

describe("field caps", () => {
  it("opens a dataset with a 40 MB title, cut to its first 1,000 characters with a notice", async () => {
    const dataset = await read(datasetJson({ title: `Taliban take Kabul ${"x".repeat(40 * MB)}` }));
    const [event] = dataset.events;
    expect(event?.title).toHaveLength(FIELD_CAPS.eventTitle);
    expect(event?.title.startsWith("Taliban take Kabul x")).toBe(true);
    expect(dataset.warnings).toEqual([
      {
        kind: "cut",
        text: 'events[0] "taliban-take-kabul".title: is 41,943,059 characters long; only its first 1,000 are kept: shorten it in the file',
      },
    ]);
  });

  it("cuts every text field an event, a source, an era and the dataset hold, naming each", async () => {
    const long = (cap: number) => "y".repeat(cap + 1);
    const json = {
      ...datasetJson(
        {
          summary: long(FIELD_CAPS.summary),
          kind: long(FIELD_CAPS.kind),
          actors: ["Lavrov", long(FIELD_CAPS.actor)],
          group: long(FIELD_CAPS.group),
          displayDate: long(FIELD_CAPS.displayDate),
          citation: { title: long(FIELD_CAPS.citationTitle), credit: "AP" },
        },
        { publisher: long(FIELD_CAPS.publisher), title: long(FIELD_CAPS.sourceTitle) },
      ),
      description: long(FIELD_CAPS.datasetDescription),
      eras: [{ title: long(FIELD_CAPS.eraTitle), start: "2021-08-01", end: "2021-08-31" }],
    };
    const dataset = await read(json);
    expect(dataset.warnings.map((warning) => warning.text.split(": is")[0])).toEqual([
      "sources[0].title",
      "sources[0].publisher",
      'events[0] "taliban-take-kabul".citation.title',
      'events[0] "taliban-take-kabul".summary',
      'events[0] "taliban-take-kabul".kind',
      'events[0] "taliban-take-kabul".actors[1]',
      'events[0] "taliban-take-kabul".group',
      'events[0] "taliban-take-kabul".displayDate',
      "eras[0].title",
      "description",
    ]);
    expect(dataset.warnings.every((warning) => warning.kind === "cut")).toBe(true);
    const [event] = dataset.events;
    expect(event?.summary).toHaveLength(FIELD_CAPS.summary);
    expect(event?.actors).toEqual(["Lavrov", "y".repeat(FIELD_CAPS.actor)]);
    expect(dataset.eras[0]?.title).toHaveLength(FIELD_CAPS.eraTitle);
  });

  it("cuts a quotation past its cap where its cut words end, so it still anchors where it stood", async () => {
    const text = `Before. ${"z".repeat(FIELD_CAPS.quotation + 10)} After.`;
    const exact = "z".repeat(FIELD_CAPS.quotation + 10);
    const json = datasetJson(
      { quotes: [{ sourceId: "presstv", exact, start: 8, end: 8 + exact.length }] },
      { text },
    );
    const dataset = await read(json);
    expect(dataset.events[0]?.quotes[0]).toMatchObject({
      exact: "z".repeat(FIELD_CAPS.quotation),
      start: 8,
      end: 8 + FIELD_CAPS.quotation,
    });
    expect(dataset.events[0]?.quotes[0]?.missing).toBeUndefined();
    expect(dataset.warnings.map((warning) => warning.kind)).toEqual(["cut"]);
  });

  it("refuses a source text past 5 MB, naming it, rather than cut the words quotations mark", async () => {
    const error: unknown = await read(datasetJson({}, { text: TEXT + "w".repeat(6 * MB) })).catch(
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(DatasetError);
    expect((error as DatasetError).problems).toEqual([
      "sources[0].text: is 6,291,543 characters long; this app shows source texts up to 5,000,000: split it into several sources",
    ]);
  });

  it("well-forms lone surrogates in every field, keeping the quotation's offsets", async () => {
    const text = `A\uD800 ${TEXT}`;
    const start = text.indexOf(EXACT);
    const dataset = await read(
      datasetJson(
        {
          title: "Ka\uD800bul",
          actors: ["\uDC00Lavrov"],
          quotes: [
            { sourceId: "presstv", exact: `${EXACT}\uDBFF`, start, end: start + EXACT.length + 1 },
          ],
        },
        { text: `${text.slice(0, start + EXACT.length)}\uDBFF${text.slice(start + EXACT.length)}` },
      ),
    );
    const [event] = dataset.events;
    expect(event?.title).toBe("Ka\uFFFDbul");
    expect(event?.actors).toEqual(["\uFFFDLavrov"]);
    expect(event?.quotes[0]).toMatchObject({ exact: `${EXACT}\uFFFD`, start });
    expect(dataset.sources[0]?.text.startsWith("A\uFFFD On Sunday")).toBe(true);
    expect(dataset.warnings).toEqual([]);
  });
});
