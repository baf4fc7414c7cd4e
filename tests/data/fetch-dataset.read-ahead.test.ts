// @vitest-environment jsdom
// (The page's first script and fetchDataset read the page's address, which only a DOM has.)
import { readFileSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { fetchDataset } from "../../src/data/fetch-dataset";
import { FetchError } from "../../src/data/dataset-error";
import { loadProgress } from "../../src/data/load-progress";
import { readDataset } from "../../src/data/read-dataset";
import type { Dataset } from "../../src/domain/types";
import { FakeWorker } from "../fake-worker";
import { bigJsonText } from "../fixtures/big-json";
import { kabulJson } from "../fixtures/kabul";

// A dataset the address names is fetched and read by a Worker the page's first script starts
// (public/preload-dataset.js), and the app takes that reading over (src/data/read-ahead.ts).
// Through a variable: Vite rewrites a literal `new URL("…", import.meta.url)` (see fixtures/kabul).
const HERE = import.meta.url;
const script = readFileSync(new URL("../../public/preload-dataset.js", HERE), "utf8");

const ADDRESS = "https://example.org/data/big.json";
const ids = (dataset: Dataset) => dataset.events.map((event) => event.id);

/** The page opened at `?data=<address>`: its first script runs, as the built page's does. */
function openPage(address = ADDRESS): void {
  const named = document.createElement("meta");
  named.name = "sourceline-reading-worker";
  named.content = "./assets/read-dataset-worker.js";
  document.head.replaceChildren(named);
  history.replaceState(null, "", `/app/?data=${encodeURIComponent(address)}`);
  new Function(script)();
}

/** Answers every fetch with `text`; counts the downloads of the dataset (not its texts). */
function serve(text: string, init: ResponseInit = {}) {
  let downloads = 0;
  const fetch = vi.fn(async (url: URL | string) => {
    if (String(url) === ADDRESS) downloads++;
    return new Response(text, { ...init, headers: { "content-length": `${text.length}` } });
  });
  vi.stubGlobal("fetch", fetch);
  return { downloads: () => downloads };
}

const ticks = async (count: number) => {
  for (let i = 0; i < count; i++) await new Promise((resolve) => setTimeout(resolve));
};

beforeEach(() => vi.stubGlobal("Worker", FakeWorker));
afterEach(() => {
  FakeWorker.started = [];
  FakeWorker.failsToStart = false;
  delete window.sourcelineReadAhead;
  vi.unstubAllGlobals();
});

describe("a dataset fetched ahead of the app", () => {
  it("is the one reading: downloaded once, by the Worker started first, its first events told", async () => {
    const text = bigJsonText(6_000);
    const fetch = serve(text);
    openPage();
    expect(FakeWorker.started).toHaveLength(1);
    const partials: number[] = [];
    const dataset = await fetchDataset(ADDRESS, undefined, (partial) =>
      partials.push(partial.events.length),
    );
    const whole = await readDataset(text, { name: "big.json", label: `The dataset at ${ADDRESS}` });
    expect(ids(dataset)).toEqual(ids(whole));
    expect(dataset.events[0]).toEqual(whole.events[0]);
    expect(partials.length).toBe(1);
    expect(partials[0]).toBeGreaterThanOrEqual(2_000);
    expect(fetch.downloads()).toBe(1);
    // The same Worker read it, and stays to answer its searches.
    expect(FakeWorker.started).toHaveLength(1);
    expect(FakeWorker.started[0]?.terminated).toBe(false);
    expect(loadProgress(ADDRESS).received).toBe(text.length);
    expect(window.sourcelineReadAhead).toBeUndefined();
  });

  it("hears in order what the Worker told before the app asked, however much that was", async () => {
    const text = bigJsonText(6_000);
    serve(text);
    openPage();
    // The whole reading is done before the app's script asks for it.
    await ticks(400);
    expect(window.sourcelineReadAhead?.ahead.heard.some((message) => message.type === "done")).toBe(
      true,
    );
    const dataset = await fetchDataset(ADDRESS);
    expect(dataset.events).toHaveLength(6_000);
    expect(ids(dataset)).toEqual(
      ids(await readDataset(text, { name: "big.json", label: `The dataset at ${ADDRESS}` })),
    );
  });

  it("reads a small dataset in the page, the Worker ended", async () => {
    const fetch = serve(JSON.stringify(kabulJson()));
    openPage();
    const dataset = await fetchDataset(ADDRESS);
    expect(dataset.events).toHaveLength(16);
    expect(fetch.downloads()).toBe(1);
    expect(FakeWorker.started[0]?.terminated).toBe(true);
  });

  it("fails with the page's own error, and a retry fetches afresh", async () => {
    const fetch = serve("gone", { status: 503, statusText: "Service Unavailable" });
    openPage();
    const first = fetchDataset(ADDRESS);
    await expect(first).rejects.toThrow(FetchError);
    await expect(first).rejects.toThrow(`${ADDRESS} answered 503 Service Unavailable.`);
    await expect(first).rejects.toMatchObject({ transient: true });
    expect(FakeWorker.started[0]?.terminated).toBe(true);
    expect(fetch.downloads()).toBe(1);
    const again = serve(JSON.stringify(kabulJson()));
    expect((await fetchDataset(ADDRESS)).events).toHaveLength(16);
    expect(again.downloads()).toBe(1);
    expect(FakeWorker.started).toHaveLength(1);
  });

  it("is fetched by the page when the Worker cannot start", async () => {
    FakeWorker.failsToStart = true;
    const fetch = serve(JSON.stringify(kabulJson()));
    openPage();
    const dataset = await fetchDataset(ADDRESS);
    expect(dataset.events).toHaveLength(16);
    expect(fetch.downloads()).toBe(1);
    expect(FakeWorker.started[0]?.terminated).toBe(true);
  });

  it("is ended when the app asks for another dataset", async () => {
    serve(JSON.stringify(kabulJson()));
    openPage("https://example.org/data/other.json");
    const dataset = await fetchDataset(ADDRESS);
    expect(dataset.events).toHaveLength(16);
    expect(FakeWorker.started[0]?.terminated).toBe(true);
    expect(window.sourcelineReadAhead).toBeUndefined();
  });

  it("is cancelled with the app's loading", async () => {
    serve(bigJsonText(6_000));
    openPage();
    const controller = new AbortController();
    const reading = fetchDataset(ADDRESS, controller.signal);
    controller.abort(new DOMException("Cancelled", "AbortError"));
    await expect(reading).rejects.toThrow("Cancelled");
    expect(FakeWorker.started[0]?.terminated).toBe(true);
  });
});
