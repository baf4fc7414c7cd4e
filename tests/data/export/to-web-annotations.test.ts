import { describe, expect, it } from "vitest";
import { toWebAnnotations } from "../../../src/data/export/to-web-annotations";
import type { Dataset, EventId, Quote, Source, TimelineEvent } from "../../../src/domain/types";
import { dayEvent } from "../../fixtures/day-events";
import { kabulDataset } from "../../fixtures/kabul";
import { kabulEdited, replacedOnce } from "../../fixtures/kabul-edited";
import { annotationsIn, problemsOf, type Annotation } from "./web-annotation-model";

function exported(dataset: Dataset, events = dataset.events): Annotation[] {
  return annotationsIn(JSON.parse(toWebAnnotations(dataset, events)));
}

function selector(annotation: Annotation, type: string): Record<string, unknown> {
  const target = annotation.target as { selector?: Record<string, unknown>[] };
  const found = target.selector?.find((candidate) => candidate.type === type);
  if (!found) throw new Error(`no ${type} in ${annotation.id}`);
  return found;
}

const kabul = kabulDataset();

describe("toWebAnnotations on the built-in dataset", () => {
  it("holds one annotation per quotation, each with the model's required fields", () => {
    const document: unknown = JSON.parse(toWebAnnotations(kabul, kabul.events));
    expect(problemsOf(document)).toEqual([]);
    const annotations = annotationsIn(document);
    const quotes = kabul.events.reduce((sum, event) => sum + event.quotes.length, 0);
    expect(annotations).toHaveLength(quotes);
    expect(annotations.every((annotation) => annotation.motivation === "quoting")).toBe(true);
  });

  it("gives every annotation its own id, the same on every export", () => {
    const ids = exported(kabul).map((annotation) => annotation.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(exported(kabul).map((annotation) => annotation.id)).toEqual(ids);
  });

  it("selects exactly the quoted words of the source text: exact is the text between start and end", () => {
    const text = kabul.sources[0]?.text ?? "";
    for (const annotation of exported(kabul)) {
      const quote = selector(annotation, "TextQuoteSelector");
      const position = selector(annotation, "TextPositionSelector");
      expect(text.slice(Number(position.start), Number(position.end))).toBe(quote.exact);
      expect(text.slice(0, Number(position.start)).endsWith(String(quote.prefix))).toBe(true);
      expect(text.slice(Number(position.end)).startsWith(String(quote.suffix))).toBe(true);
    }
  });

  it("has the event as the body: its id, title and dates, and the source's address as the target", () => {
    const event = kabul.events.find(
      (candidate) => candidate.id === "taliban-offensive-overruns-cities",
    );
    const [annotation] = exported(kabul, event ? [event] : []);
    expect(annotation?.body).toEqual([
      {
        type: "TextualBody",
        purpose: "describing",
        format: "text/plain",
        value: "Taliban offensive overruns major cities",
        "schema:identifier": "taliban-offensive-overruns-cities",
        "schema:startDate": "2021-08-06",
        "schema:endDate": "2021-08-15",
        "schema:description": `Approximate date. ${event?.when.note}`,
      },
    ]);
    expect((annotation?.target as { source: string }).source).toBe(kabul.sources[0]?.url);
  });

  it("names the built-in article's archived copy, which has no known date, without a TimeState", () => {
    expect(kabul.sources[0]?.archiveUrl).toMatch(/^https:\/\/web\.archive\.org\/web\/20210819\//);
    const [annotation] = exported(kabul);
    const target = annotation?.target as Record<string, unknown>;
    expect(target["schema:archivedAt"]).toBe(kabul.sources[0]?.archiveUrl);
    expect(target.state).toBeUndefined();
  });
});

const TEXT = "Example Wire 🛰 reports: the ferry left at dawn. The ferry left again at noon.";
const WIRE: Source = {
  id: "wire",
  title: "Ferry leaves",
  publisher: "Example Wire",
  url: "https://wire.example/ferry",
  publishedAt: "2031-05-02",
  archiveUrl: "https://web.archive.org/web/20310502101500/https://wire.example/ferry",
  archivedAt: "2031-05-02",
  text: TEXT,
};

function quoteOf(exact: string, from = 0): Quote {
  const start = TEXT.indexOf(exact, from);
  const end = start + exact.length;
  return {
    sourceId: "wire",
    exact,
    start,
    end,
    prefix: TEXT.slice(start - 10, start),
    suffix: TEXT.slice(end, end + 10),
  };
}

function event(id: string, changes: Partial<TimelineEvent>): TimelineEvent {
  return { ...dayEvent(id, 0), title: `The ${id}`, ...changes, id: id as EventId };
}

function fictional(events: TimelineEvent[]): Dataset {
  return {
    title: "Example Wire",
    description: "",
    sources: [WIRE],
    events,
    eras: [],
    warnings: [],
  };
}

describe("toWebAnnotations on a source of our own", () => {
  it("counts positions in characters, as the model does, past an emoji", () => {
    const dataset = fictional([event("ferry", { quotes: [quoteOf("the ferry left at dawn")] })]);
    const [annotation] = exported(dataset);
    const position = selector(annotation as Annotation, "TextPositionSelector");
    expect([...TEXT].slice(Number(position.start), Number(position.end)).join("")).toBe(
      "the ferry left at dawn",
    );
    expect(Number(position.start)).toBe(TEXT.indexOf("the ferry") - 1);
  });

  it("gives a dated archived copy as a TimeState spanning the day it was taken", () => {
    const dataset = fictional([event("ferry", { quotes: [quoteOf("left at dawn")] })]);
    const target = exported(dataset)[0]?.target as Record<string, unknown>;
    expect(target.state).toEqual({
      type: "TimeState",
      cached: WIRE.archiveUrl,
      sourceDateStart: "2031-05-02T00:00:00Z",
      sourceDateEnd: "2031-05-02T23:59:59Z",
    });
    expect(problemsOf(JSON.parse(toWebAnnotations(dataset, dataset.events)))).toEqual([]);
  });

  it("never passes off words not found in the source as a quotation: it describes the page, saying so", () => {
    const missing: Quote = {
      sourceId: "wire",
      exact: "the ferry sank",
      start: 0,
      end: 0,
      prefix: "",
      suffix: "",
      missing: true,
    };
    const dataset = fictional([event("sinking", { quotes: [missing] })]);
    const document: unknown = JSON.parse(toWebAnnotations(dataset, dataset.events));
    expect(problemsOf(document)).toEqual([]);
    const [annotation] = annotationsIn(document);
    expect(annotation?.motivation).toBe("describing");
    expect((annotation?.target as Record<string, unknown>).selector).toBeUndefined();
    expect(annotation?.body).toContainEqual({
      type: "TextualBody",
      purpose: "commenting",
      format: "text/plain",
      value: "Quoted as “the ferry sank”, but these words are not in the saved text of the source.",
    });
  });

  it("describes the page an event without source text cites, and leaves out an event citing nothing", () => {
    const cited = event("cited", {
      citation: { title: "Harbour log", url: "https://harbour.example/log", credit: "Port office" },
    });
    const dataset = fictional([cited, event("bare", {})]);
    const annotations = exported(dataset);
    expect(annotations).toHaveLength(1);
    expect(annotations[0]?.motivation).toBe("describing");
    expect(annotations[0]?.target).toBe("https://harbour.example/log");
    expect(exported(dataset, [])).toEqual([]);
  });

  it("writes a month-precision event's date as year and month only", () => {
    const month = event("month", {
      when: { ...dayEvent("m", 0).when, precision: "month" },
      quotes: [quoteOf("left again at noon")],
    });
    const body = exported(fictional([month]))[0]?.body as Record<string, unknown>[];
    expect(body[0]?.["schema:startDate"]).toBe("2021-08");
  });
});

describe("toWebAnnotations against a changed copy of the built-in article", () => {
  it("selects the words the source now holds and says each quotation's status when it is not exact", async () => {
    const edited = await kabulEdited((article) =>
      replacedOnce(`Updated 20 August.\n\n${article}`, "clear-headed", "clear headed"),
    );
    const annotations = exported(edited);
    expect(problemsOf(JSON.parse(toWebAnnotations(edited, edited.events)))).toEqual([]);
    const text = edited.sources[0]?.text ?? "";
    for (const annotation of annotations) {
      const { start, end } = selector(annotation, "TextPositionSelector") as {
        start: number;
        end: number;
      };
      expect(selector(annotation, "TextQuoteSelector").exact).toBe(text.slice(start, end));
    }
    const comments = annotations.map((annotation) =>
      (annotation.body as { purpose?: string; value?: string }[]).flatMap((body) =>
        body.purpose === "commenting" ? [String(body.value)] : [],
      ),
    );
    const approximate = comments.flat().filter((value) => value.startsWith("Approximate"));
    expect(approximate).toEqual([
      expect.stringMatching(
        /^Approximate: 1 character differs: quoted as “.*clear-headed.*”; the source's text now reads as selected here\.$/,
      ),
    ]);
    expect(comments.flat().filter((value) => value.startsWith("Moved"))).toHaveLength(
      annotations.length - 1,
    );
  });
});
