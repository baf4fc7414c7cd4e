import { describe, expect, it } from "vitest";
import { DatasetError } from "../../src/data/dataset-error";
import { readDataset } from "../../src/data/read-dataset";
import { readJsonStream } from "../../src/data/read-json-stream";
import { readStreamRequest } from "../../src/data/read-stream-request";
import type { Dataset } from "../../src/domain/types";
import { kabulArticle, kabulJson } from "../fixtures/kabul";
import { failure } from "../rejection";

const options = { name: "big.json", label: "The file big.json", where: "big.json" };
const utf8 = (text: string) => new TextEncoder().encode(text);

/** Bytes as a stream of pieces of `size` bytes (`later`: each in a task of its own). */
function piecesOf(bytes: Uint8Array, size: number, later = false) {
  const state = { pulled: 0, cancelled: false };
  let offset = 0;
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (later) await new Promise((resolve) => setTimeout(resolve));
      if (offset >= bytes.length) return controller.close();
      state.pulled++;
      controller.enqueue(bytes.slice(offset, offset + size));
      offset += size;
    },
    cancel() {
      state.cancelled = true;
    },
  });
  return { stream, state };
}

/** Our JSON with `count` dated events after its sources, one quoting the article. */
function datasetText(count: number): string {
  const kabul = kabulJson() as { sources: Record<string, unknown>[]; events: unknown[] };
  // The article inline, as a file opened from disk has it (no address to fetch it from).
  const sources = kabul.sources.map(({ textUrl: _textUrl, ...source }) => ({
    ...source,
    text: kabulArticle(),
  }));
  const events = Array.from({ length: count }, (_, i) => ({
    id: `e${i}`,
    title: `Event ${i} — “quoted”, with [brackets]`,
    when: {
      start: `2020-${String((i % 12) + 1).padStart(2, "0")}-${String((i % 28) + 1).padStart(2, "0")}`,
    },
    countries: ["AF"],
  }));
  return JSON.stringify({ ...kabul, sources, events: [...kabul.events, ...events] }, null, 1);
}

async function streamed(
  text: string,
  size: number,
  more: Partial<Parameters<typeof readJsonStream>[1]> = {},
  later = false,
) {
  const stream = piecesOf(utf8(text), size, later).stream;
  const read = await readJsonStream(stream, { ...options, ...more });
  if (!("dataset" in read)) throw new Error("read whole");
  return read.dataset;
}

describe("readJsonStream", () => {
  it("reads the same dataset as the whole text, however the bytes are cut", async () => {
    const text = datasetText(40);
    const whole = await readDataset(text, options);
    for (const size of [1, 3, 64, 1_000, 1 << 20]) {
      expect(await streamed(text, size)).toEqual(whole);
    }
  });

  it("tells the events read so far, checked and built, while the rest arrives", async () => {
    const text = datasetText(200);
    const told: Dataset[] = [];
    const dataset = await streamed(
      text,
      2_000,
      { partialAt: 50, onPartial: (partial) => void told.push(partial) },
      true,
    );
    expect(told).toHaveLength(1);
    const [partial] = told;
    expect(partial?.events.length).toBeGreaterThanOrEqual(50);
    expect(partial?.events.length).toBeLessThan(dataset.events.length);
    // The first events, with their sources and quotes, as the whole dataset has them.
    const ids = new Set(partial?.events.map((event) => event.id));
    expect(dataset.events.filter((event) => ids.has(event.id))).toEqual(partial?.events);
    expect(partial?.sources).toEqual(dataset.sources);
  });

  // The shipped dataset's article by its address, and 300 more events.
  const withAddress = () =>
    JSON.stringify({
      ...(JSON.parse(datasetText(300)) as object),
      sources: (kabulJson() as Record<string, unknown>).sources,
    });

  it("fetches a source text once for the events so far and the whole, and tells them first", async () => {
    const order: string[] = [];
    let fetches = 0;
    const read = await readJsonStream(piecesOf(utf8(withAddress()), 1_000, true).stream, {
      ...options,
      partialAt: 50,
      fetchSourceText: async () => {
        fetches++;
        return kabulArticle();
      },
      onPartial: () => void order.push("partial"),
    });
    order.push("whole");
    expect(read).toHaveProperty("dataset.events.length", 316);
    expect(order).toEqual(["partial", "whole"]);
    expect(fetches).toBe(1);
  });

  it("goes on to the whole while the events so far wait for a slow source text", async () => {
    let release: (text: string) => void = () => undefined;
    const article = new Promise<string>((resolve) => (release = resolve));
    const steps: string[] = [];
    const told: Dataset[] = [];
    let fetches = 0;
    const reading = readJsonStream(piecesOf(utf8(withAddress()), 1_000).stream, {
      ...options,
      partialAt: 50,
      fetchSourceText: () => {
        fetches++;
        return article;
      },
      timed: async (step, work) => {
        steps.push(step);
        // The whole reading waits for the text now, not for the events so far.
        if (step === "texts") release(kabulArticle());
        return work();
      },
      onPartial: (partial) => void told.push(partial),
    });
    expect(await reading).toHaveProperty("dataset.events.length", 316);
    expect(steps).toEqual(["parse", "partial", "validate", "texts", "build"]);
    // Its events so far came too late to be worth showing.
    expect(told).toEqual([]);
    expect(fetches).toBe(1);
  });

  it("hands back the bytes of a document it cannot read as it streams, read whole for the same message", async () => {
    for (const text of [
      '{"title": "t", "events": [{"id": "a", "title": "A", "when": {"start": "2021-08-15"}},]}',
      '{"layout": "columns", "events": {"id": []}}',
      '{"events": [], "events": []}',
    ]) {
      const read = await readJsonStream(piecesOf(utf8(text), 7).stream, options);
      expect(read).toHaveProperty("whole");
      const request = {
        ...options,
        sourceTexts: { file: "big.json" },
        content: { pieces: "posted" },
        format: "json",
      } as const;
      const viaStream = await failure(
        readStreamRequest(request, piecesOf(utf8(text), 7).stream, {
          timed: (_step, work) => Promise.resolve(work()),
        }),
      );
      const viaWhole = await failure(readDataset(text, options));
      expect(viaStream).toEqual(viaWhole);
      expect(viaStream).toBeInstanceOf(DatasetError);
    }
  });

  it("reads bytes that are not UTF-8 whole, as Windows-1252, as any file is", async () => {
    const text = datasetText(3).replace("Event 1 ", "Caf\u00e9 1 ");
    const latin1 = Uint8Array.from(text, (char) => char.charCodeAt(0) & 0xff);
    const read = await readJsonStream(piecesOf(latin1, 100).stream, options);
    expect(read).toHaveProperty("whole");
  });

  it("refuses a broken document past what it keeps to read whole, saying why", async () => {
    const text = datasetText(20).replace('"id": "e19"', '"id": e19');
    const error = await failure(
      readJsonStream(piecesOf(utf8(text), 100).stream, { ...options, keepBytes: 1_000 }),
    );
    expect(error).toHaveProperty("message", "The file big.json could not be read.");
    expect(error).toHaveProperty("problems", [
      expect.stringMatching(
        /^It is over 0\.1 MB, and a file that large is read as it arrives, which needs a Sourceline JSON file with its events in one "events" array \(or an ACLED export\): it is not JSON after its first 35 events \(Unexpected token/,
      ),
    ]);
  });

  it("refuses more than 200,000 events as soon as they are passed, and stops reading", async () => {
    const event = '{"id":"x","title":"X","when":{"start":"2021-01-01"}},';
    let sent = 0;
    let cancelled = false;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        controller.enqueue(utf8(sent++ === 0 ? '{"events": [' : event.repeat(10_000)));
      },
      cancel() {
        cancelled = true;
      },
    });
    const error = await failure(readJsonStream(stream, options));
    expect(error).toHaveProperty("problems", [
      "It has more than 200,000 events; this app opens up to 200,000.",
    ]);
    expect(cancelled).toBe(true);
    expect(sent).toBeLessThan(25);
  });
});
