import { afterEach, describe, expect, it, vi } from "vitest";
import { encodingNotice } from "../../src/data/sniff-bytes";
import { DatasetError, FetchError } from "../../src/data/dataset-error";
import { OFF_THREAD_FROM_CHARS } from "../../src/data/off-thread-size";
import { readOffThread } from "../../src/data/read-off-thread";
import { readStreamed } from "../../src/data/read-in-worker";
import { readRequested, type ReadMessage, type ReadRequest } from "../../src/data/read-request";
import { EVENTS_PER_MESSAGE, serveReadRequest } from "../../src/data/serve-read";
import { timed } from "../../src/data/timed";
import { readDataset } from "../../src/data/read-dataset";
import { readFileSync } from "node:fs";
import { buildDatasetIndex } from "../../src/domain/dataset-index";
import { countryCounts, filterEvents, searchPending } from "../../src/domain/filter";
import { searchTextOf } from "../../src/domain/search";
import { kabulArticle, kabulJson } from "../fixtures/kabul";
import { FakeWorker } from "../fake-worker";
import type { Dataset, TimelineEvent } from "../../src/domain/types";
import {
  datasetWithSummaries,
  keptSummaryOf,
  withSummaries,
} from "../../src/domain/remote-summaries";

const BASE = "https://example.org/datasets/kabul-2021.json";
const ARTICLE = "https://example.org/sources/presstv-2021-08-19-lavrov-afghanistan-dialogue.txt";

/** The shipped dataset, led by enough white space (still valid JSON) to be read off the thread. */
function largeRequest(json: unknown = kabulJson()): ReadRequest {
  return {
    content: { text: " ".repeat(OFF_THREAD_FROM_CHARS) + JSON.stringify(json) },
    name: "kabul-2021.json",
    label: `The dataset at ${BASE}`,
    sourceTexts: { base: BASE },
  };
}

function serveArticle(
  answer: () => Promise<Response> | Response = () => new Response(kabulArticle()),
) {
  vi.stubGlobal(
    "fetch",
    vi.fn(async (input: RequestInfo | URL) =>
      String(input) === ARTICLE ? answer() : new Response("Not found", { status: 404 }),
    ),
  );
}

afterEach(() => {
  FakeWorker.started = [];
  FakeWorker.transferred = 0;
  FakeWorker.failsToStart = false;
  FakeWorker.diesWithWork = false;
  vi.unstubAllGlobals();
});

describe("readOffThread", () => {
  it("reads a large dataset in a module Worker, to the same dataset as reading it in the page, telling each step", async () => {
    vi.stubGlobal("Worker", FakeWorker);
    serveArticle();
    const steps: string[] = [];
    const dataset = await readOffThread(largeRequest(), { onStep: (step) => steps.push(step) });

    expect(FakeWorker.started).toHaveLength(1);
    expect(FakeWorker.started[0]?.options).toEqual({ type: "module" });
    expect(String(FakeWorker.started[0]?.url)).toContain("read-dataset-worker");
    expect(steps).toEqual(["parse", "validate", "texts", "build"]);
    const { prepared, ...read } = dataset;
    expect(read).toEqual(await readRequested(largeRequest(), { timed }));
    expect(dataset.events).toHaveLength(16);
    expect(prepared?.events).toBe(dataset.events);
    // The Worker stays, to answer the dataset's searches.
    expect(FakeWorker.started[0]?.terminated).toBe(false);
    expect(prepared?.search).toBeDefined();
  });

  it("searches in the Worker, which keeps the search texts: the page holds none and finds the same events", async () => {
    vi.stubGlobal("Worker", FakeWorker);
    serveArticle();
    const dataset = await readOffThread(largeRequest());
    const index = buildDatasetIndex(dataset);
    const here = buildDatasetIndex(await readRequested(largeRequest(), { timed }));
    const heard = vi.fn();
    index.remote?.subscribe(heard);
    const query = "lavrov taliban";
    const expected = filterEvents(here, { countries: [], query }).map((event) => event.id);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(16);

    // Asked first, the answer is on its way: nothing is narrowed yet, and the view says so.
    expect(searchPending(index, query)).toBe(true);
    expect(filterEvents(index, { countries: [], query })).toHaveLength(16);
    await vi.waitFor(() => expect(heard).toHaveBeenCalled());
    expect(searchPending(index, query)).toBe(false);
    expect(filterEvents(index, { countries: [], query }).map((event) => event.id)).toEqual(
      expected,
    );
    expect(countryCounts(index, query)).toEqual(countryCounts(here, query));
    expect(index.searchTexts.every((text) => text === undefined)).toBe(true);
    // A dataset made with other events (an edit) does not take the answers by position.
    const fewer = buildDatasetIndex({ ...dataset, events: dataset.events.slice(1) });
    expect(fewer.remote).toBeUndefined();
    expect(searchPending(fewer, query)).toBe(false);
    expect(filterEvents(fewer, { countries: [], query })).toHaveLength(
      expected.filter((id) => id !== dataset.events[0]?.id).length,
    );
  });

  it("keeps a very large dataset's summaries in the Worker, which gives them when asked", async () => {
    vi.stubGlobal("Worker", FakeWorker);
    serveArticle();
    // Kept above 5 events here; above 200,000 (only an ACLED export has more) in the app.
    const dataset = await readOffThread({ ...largeRequest(), summariesInPageUpTo: 5 });
    const whole = await readRequested(largeRequest(), { timed });
    const summaries = whole.events.map((event) => event.summary);
    expect(summaries.filter(Boolean).length).toBeGreaterThan(10);
    expect(dataset.events.every((event) => event.summary === "")).toBe(true);
    const kept = dataset.prepared?.summaries;
    expect(kept).toBeDefined();
    expect(await kept?.get([3, 0, 15])).toEqual([summaries[3], summaries[0], summaries[15]]);
    const [first, second] = dataset.events;
    expect(keptSummaryOf(dataset, second as TimelineEvent)).toEqual({
      summaries: kept,
      position: 1,
    });
    // What writes events out gets them whole; an event made since keeps its own.
    const edited = { ...(first as TimelineEvent), summary: "Mine" };
    expect(
      (await withSummaries(dataset, [edited, second as TimelineEvent])).map((e) => e.summary),
    ).toEqual(["Mine", summaries[1]]);
    expect(keptSummaryOf(dataset, edited)).toBeUndefined();
    const full = await datasetWithSummaries(dataset);
    expect(full.events.map((event) => event.summary)).toEqual(summaries);
    expect(full.prepared).toBeUndefined();
    // A smaller dataset's summaries cross with its events, as before.
    const small = await readOffThread(largeRequest());
    expect(small.prepared?.summaries).toBeUndefined();
    expect(small.events.map((event) => event.summary)).toEqual(summaries);
    // A Worker that stops fails what is asked of it, saying so.
    FakeWorker.started[0]?.onerror?.(new Event("error", { cancelable: true }));
    await expect(kept?.get([0])).rejects.toThrow(
      "The summaries could not be loaded: the reading stopped.",
    );
  });

  it("searches in the page once the Worker kept for searching has stopped", async () => {
    vi.stubGlobal("Worker", FakeWorker);
    serveArticle();
    const index = buildDatasetIndex(await readOffThread(largeRequest()));
    FakeWorker.started[0]?.onerror?.(new Event("error", { cancelable: true }));
    expect(searchPending(index, "lavrov")).toBe(false);
    const found = filterEvents(index, { countries: [], query: "lavrov" });
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((event) => searchTextOf(event).includes("lavrov"))).toBe(true);
  });

  it("tells the events' start times, sorted, before the Worker builds them; in the page it does not", async () => {
    vi.stubGlobal("Worker", FakeWorker);
    serveArticle();
    const heard: string[] = [];
    let starts: number[] = [];
    const dataset = await readOffThread(largeRequest(), {
      onStep: (step) => heard.push(step),
      onStarts: (told) => {
        heard.push("starts");
        starts = [...told];
      },
    });
    expect(heard).toEqual(["parse", "starts", "validate", "texts", "build"]);
    expect(starts).toEqual(dataset.events.map((event) => event.when.start));

    const small = { ...largeRequest(), content: { text: JSON.stringify(kabulJson()) } };
    let toldInPage = false;
    await readOffThread(small, { onStarts: () => (toldInPage = true) });
    expect(toldInPage).toBe(false);
  });

  it("reads a small dataset in the page, starting no Worker", async () => {
    vi.stubGlobal("Worker", FakeWorker);
    serveArticle();
    const small = { ...largeRequest(), content: { text: JSON.stringify(kabulJson()) } };
    const dataset = await readOffThread(small);
    expect(dataset.events).toHaveLength(16);
    expect(FakeWorker.started).toHaveLength(0);
  });

  it("reads a large dataset in the page where there is no Worker (as in Node)", async () => {
    serveArticle();
    const dataset = await readOffThread(largeRequest());
    expect(dataset.events).toHaveLength(16);
  });

  it("gives back a refusal as the DatasetError the page would throw, with every problem", async () => {
    vi.stubGlobal("Worker", FakeWorker);
    serveArticle();
    const json = kabulJson() as { events: { id: string }[] };
    json.events[0] = { ...json.events[0], id: "Bad Id!" } as { id: string };
    const error = await readOffThread(largeRequest(json)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatasetError);
    expect(error).toHaveProperty("message", `The dataset at ${BASE} is not valid.`);
    expect((error as DatasetError).problems[0]).toMatch(/^events\[0\]\.id: "Bad Id!" is not an id/);
  });

  it("gives back a source text that cannot be fetched as a FetchError, Retry-able as in the page", async () => {
    vi.stubGlobal("Worker", FakeWorker);
    serveArticle(() => new Response("Boom", { status: 500, statusText: "Server Error" }));
    const error = await readOffThread(largeRequest()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FetchError);
    expect(error).toHaveProperty("message", `${ARTICLE} answered 500 Server Error.`);
    expect(error).toHaveProperty("transient", true);
  });

  it("on cancel, ends the Worker at once and rejects with the abort", async () => {
    vi.stubGlobal("Worker", FakeWorker);
    // The article never comes: the Worker waits for it until it is ended.
    serveArticle(() => new Promise<Response>(() => {}));
    const controller = new AbortController();
    const steps: string[] = [];
    const reading = readOffThread(largeRequest(), {
      signal: controller.signal,
      onStep: (step) => steps.push(step),
    });
    await vi.waitFor(() => expect(steps).toContain("texts"));
    controller.abort();
    const error = await reading.catch((e: unknown) => e);
    expect(error).toHaveProperty("name", "AbortError");
    expect(FakeWorker.started[0]?.terminated).toBe(true);
  });

  it("decodes a large dataset's bytes in the Worker, as they were fetched", async () => {
    vi.stubGlobal("Worker", FakeWorker);
    serveArticle();
    const { content, ...rest } = largeRequest();
    const bytes = new TextEncoder().encode("text" in content ? content.text : "");
    const dataset = await readOffThread({ ...rest, content: { bytes }, address: BASE });
    expect(FakeWorker.started).toHaveLength(1);
    // Handed over, not copied: the page no longer holds them.
    expect(FakeWorker.transferred).toBe(1);
    expect(bytes.byteLength).toBe(0);
    expect(dataset.events).toHaveLength(16);
    expect(dataset.warnings.some((warning) => warning.kind === "encoding")).toBe(false);
  });

  it("hands a download's pieces to the Worker as they came, joined there, not in the page", async () => {
    vi.stubGlobal("Worker", FakeWorker);
    serveArticle();
    const { content, ...rest } = largeRequest();
    const whole = new TextEncoder().encode("text" in content ? content.text : "");
    // Cut inside a character's bytes too: the Worker decodes the joined bytes.
    const cuts = [0, 1_000_003, 2_000_001, whole.length];
    const pieces = cuts.slice(1).map((end, i) => whole.slice(cuts[i], end));
    const dataset = await readOffThread({ ...rest, content: { bytes: pieces }, address: BASE });
    expect(FakeWorker.transferred).toBe(3);
    expect(pieces.every((piece) => piece.byteLength === 0)).toBe(true);
    expect(dataset.events).toHaveLength(16);
  });

  it("says so when a large dataset's bytes are not UTF-8 and were read as Windows-1252", async () => {
    vi.stubGlobal("Worker", FakeWorker);
    serveArticle();
    const json = {
      version: 1,
      title: "Café talks",
      events: [{ id: "talks", title: "Talks", when: { start: "2021-08-19" } }],
    };
    const text = " ".repeat(OFF_THREAD_FROM_CHARS) + JSON.stringify(json);
    // Latin-1 bytes: "é" is the single byte 0xE9, which is not UTF-8.
    const bytes = Uint8Array.from(text, (char) => char.charCodeAt(0) & 0xff);
    const { content: _text, ...rest } = largeRequest();
    const dataset = await readOffThread({ ...rest, content: { bytes }, address: BASE });
    expect(dataset.title).toBe("Café talks");
    expect(dataset.warnings[0]).toEqual({ kind: "encoding", text: encodingNotice(BASE) });
  });

  it("hands the built events back in batches, in order, so the page unpacks each in a short task", async () => {
    const count = 2 * EVENTS_PER_MESSAGE + 1;
    const events = Array.from({ length: count }, (_, i) => ({
      id: `e${i}`,
      title: `Event ${i}`,
      when: { start: new Date(Date.UTC(2001, 0, 1) + i * 86_400_000).toISOString().slice(0, 10) },
    }));
    const messages: ReadMessage[] = [];
    await serveReadRequest(
      {
        content: { text: JSON.stringify({ version: 1, title: "Many", events }) },
        name: "many.json",
        label: "The file many.json",
        sourceTexts: { file: "many.json" },
      },
      (message) => messages.push(message),
    );
    const batches = messages.flatMap((message) =>
      message.type === "events" ? [message.events.ids.length] : [],
    );
    expect(batches).toEqual([EVENTS_PER_MESSAGE, EVENTS_PER_MESSAGE, 1]);
    const done = messages.find((message) => message.type === "done");
    expect(done?.type === "done" && done.dataset.events).toEqual([]);
    // Nothing after the dataset: the search texts stay in the Worker, worked out as the events
    // were sent, so a search just after the dataset is shown does not wait for them.
    expect(messages.at(-1)).toBe(done);
    const texts = messages.findIndex(
      (message) => message.type === "measure" && message.step === "search texts",
    );
    expect(texts).toBeGreaterThan(-1);
    expect(texts).toBeLessThan(messages.indexOf(done as ReadMessage));

    vi.stubGlobal("Worker", FakeWorker);
    const padded =
      " ".repeat(OFF_THREAD_FROM_CHARS) + JSON.stringify({ version: 1, title: "Many", events });
    const dataset = await readOffThread({
      content: { text: padded },
      name: "many.json",
      label: "The file many.json",
      sourceTexts: { file: "many.json" },
    });
    expect(FakeWorker.started).toHaveLength(1);
    expect(dataset.events.map((event) => event.id)).toEqual(events.map((event) => event.id));
  });

  it("shares again the lists the events repeat, which crossing from the Worker in batches copied apart", async () => {
    vi.stubGlobal("Worker", FakeWorker);
    const count = EVENTS_PER_MESSAGE + 1;
    const events = Array.from({ length: count }, (_, i) => ({
      id: `e${i}`,
      title: `Event ${i}`,
      countries: ["AF", "US"],
      actors: ["Sergey Lavrov"],
      when: { start: new Date(Date.UTC(2001, 0, 1) + i * 86_400_000).toISOString().slice(0, 10) },
    }));
    const padded =
      " ".repeat(OFF_THREAD_FROM_CHARS) + JSON.stringify({ version: 1, title: "Many", events });
    const dataset = await readOffThread({
      content: { text: padded },
      name: "many.json",
      label: "The file many.json",
      sourceTexts: { file: "many.json" },
    });
    const [first] = dataset.events;
    const last = dataset.events.at(-1);
    // The first and the last came in different messages: one array each all the same, as built.
    expect(last?.countries).toEqual(["AF", "US"]);
    expect(last?.countries).toBe(first?.countries);
    expect(last?.actors).toBe(first?.actors);
  });

  it("reads in the page when the Worker cannot start (a host's policy forbids it)", async () => {
    vi.stubGlobal("Worker", FakeWorker);
    FakeWorker.failsToStart = true;
    serveArticle();
    const dataset = await readOffThread(largeRequest());
    expect(dataset.events).toHaveLength(16);
    expect(FakeWorker.started[0]?.terminated).toBe(true);
  });
});

// Through a variable: Vite rewrites a literal `new URL("…", import.meta.url)` into an asset.
const HERE = import.meta.url;
const ACLED = readFileSync(new URL("../fixtures/acled/exampleville.csv", HERE), "utf8");
const acledAbout = {
  name: "acled.csv",
  label: "The file acled.csv",
  sourceTexts: { file: "acled.csv" },
};

describe("readStreamed", () => {
  it("reads posted pieces of an ACLED export in a Worker, handing each over, to the whole text's dataset", async () => {
    vi.stubGlobal("Worker", FakeWorker);
    const steps: string[] = [];
    const { feed, outcome } = readStreamed(
      { ...acledAbout, content: { pieces: "posted" } },
      { onStep: (step) => steps.push(step) },
    );
    // Posted before the Worker runs: they wait for it.
    const bytes = new TextEncoder().encode(ACLED);
    for (let i = 0; i < bytes.length; i += 100)
      feed({ type: "piece", bytes: bytes.slice(i, i + 100) });
    feed({ type: "end" });
    // The Worker's reading comes with the page's index prepared as its events arrived.
    const { prepared, ...dataset } = await outcome;
    expect(dataset).toEqual(await readDataset(ACLED, acledAbout));
    expect(prepared?.events).toBe(dataset.events);
    expect(FakeWorker.started).toHaveLength(1);
    expect(FakeWorker.transferred).toBe(Math.ceil(bytes.length / 100));
    expect(steps).toEqual(["parse", "validate", "texts", "build"]);
  });

  it("tells the events read so far from the Worker, indexed and searched in the page, ahead of the whole", async () => {
    vi.stubGlobal("Worker", FakeWorker);
    const told: Dataset[] = [];
    const steps: string[] = [];
    const { feed, outcome } = readStreamed(
      { ...acledAbout, content: { pieces: "posted" }, partialAt: 2 },
      { onPartial: (partial) => void told.push(partial), onStep: (step) => steps.push(step) },
    );
    const bytes = new TextEncoder().encode(ACLED);
    for (let i = 0; i < bytes.length; i += 100)
      feed({ type: "piece", bytes: bytes.slice(i, i + 100) });
    feed({ type: "end" });
    const whole = await outcome;
    expect(told).toHaveLength(1);
    const soFar = told[0];
    const ids = soFar?.events.map((event) => event.id) ?? [];
    expect(ids.length).toBeGreaterThanOrEqual(2);
    expect(ids.length).toBeLessThan(whole.events.length);
    // The same events as the whole dataset's, with an index of their own, searched in the page.
    expect(whole.events.filter((event) => ids.includes(event.id))).toEqual(soFar?.events);
    expect(soFar?.prepared?.events).toBe(soFar?.events);
    expect(soFar?.prepared?.search).toBeUndefined();
    expect(whole.prepared?.search).toBeDefined();
    expect(steps).toEqual(["parse", "partial", "validate", "texts", "build"]);
  });

  it("reads an opened file's own stream in the Worker", async () => {
    vi.stubGlobal("Worker", FakeWorker);
    const file = new Blob([ACLED]);
    const { outcome } = readStreamed({ ...acledAbout, content: { file } });
    const { prepared, ...dataset } = await outcome;
    expect(dataset).toEqual(await readDataset(ACLED, acledAbout));
    expect(prepared?.events).toBe(dataset.events);
  });

  it("reads in the page where there is no Worker, and stops on cancel", async () => {
    const controller = new AbortController();
    const { feed, outcome } = readStreamed(
      { ...acledAbout, content: { pieces: "posted" } },
      { signal: controller.signal },
    );
    feed({ type: "piece", bytes: new TextEncoder().encode(ACLED.slice(0, 500)) });
    controller.abort();
    await expect(outcome).rejects.toHaveProperty("name", "AbortError");
  });

  it("on cancel, ends the Worker and rejects with the abort", async () => {
    vi.stubGlobal("Worker", FakeWorker);
    const controller = new AbortController();
    const { outcome } = readStreamed(
      { ...acledAbout, content: { pieces: "posted" } },
      { signal: controller.signal },
    );
    await vi.waitFor(() => expect(FakeWorker.started).toHaveLength(1));
    controller.abort();
    await expect(outcome).rejects.toHaveProperty("name", "AbortError");
    expect(FakeWorker.started[0]?.terminated).toBe(true);
  });
});

describe("a reading Worker that dies once it has the work", () => {
  it("says the reading stopped, instead of reading again bytes the page handed over", async () => {
    vi.stubGlobal("Worker", FakeWorker);
    FakeWorker.diesWithWork = true;
    const bytes = new TextEncoder().encode(" ".repeat(OFF_THREAD_FROM_CHARS) + "{}");
    await expect(readOffThread({ ...largeRequest(), content: { bytes } })).rejects.toThrow(
      "The reading stopped before it finished (the browser may have run short of memory).",
    );
  });
});
