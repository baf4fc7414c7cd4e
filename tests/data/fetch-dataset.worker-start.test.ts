// @vitest-environment jsdom
// (It reads the page's address, document.baseURI, which only a DOM has.)
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { fetchDataset } from "../../src/data/fetch-dataset";
import { FetchError } from "../../src/data/dataset-error";
import { OFF_THREAD_FROM_CHARS } from "../../src/data/off-thread-size";
import { readDataset } from "../../src/data/read-dataset";
import { kabulJson } from "../fixtures/kabul";
import { FakeWorker } from "../fake-worker";
import { bigJsonText } from "../fixtures/big-json";

const URL_ = "https://example.org/data/big.json";
const utf8 = (text: string) => new TextEncoder().encode(text);

/** A body whose pieces wait until `open` is called, as a slow network's would. */
function heldBody(bytes: Uint8Array, { failAt }: { failAt?: number } = {}) {
  let open = () => {};
  const opened = new Promise<void>((resolve) => (open = resolve));
  let offset = 0;
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      await opened;
      await new Promise((resolve) => setTimeout(resolve));
      if (failAt !== undefined && offset >= failAt) return controller.error(new TypeError("reset"));
      if (offset >= bytes.length) return controller.close();
      controller.enqueue(bytes.slice(offset, offset + 262_144));
      offset += 262_144;
    },
  });
  return { stream, open };
}

/** Answers every fetch with `body`, announced as `length` bytes long. */
function answer(body: BodyInit, length: number) {
  const headers = { "content-length": String(length) };
  vi.stubGlobal(
    "fetch",
    vi.fn(async () => new Response(body, { headers })),
  );
}

const ticks = async (count: number) => {
  for (let i = 0; i < count; i++) await new Promise((resolve) => setTimeout(resolve));
};

beforeEach(() => vi.stubGlobal("Worker", FakeWorker));
afterEach(() => {
  FakeWorker.started = [];
  vi.unstubAllGlobals();
});

describe("fetchDataset's reading Worker", () => {
  it("starts as soon as the response announces a large body, before its bytes come, and reads it", async () => {
    const text = bigJsonText(6_000);
    const { stream, open } = heldBody(utf8(text));
    answer(stream, text.length);
    const reading = fetchDataset(URL_);
    await ticks(3);
    expect(FakeWorker.started).toHaveLength(1);
    open();
    const dataset = await reading;
    const whole = await readDataset(text, { name: "big.json", label: `The dataset at ${URL_}` });
    expect(dataset.events).toEqual(whole.events);
    // The same Worker read it, and stays to answer its searches.
    expect(FakeWorker.started).toHaveLength(1);
    expect(FakeWorker.started[0]?.terminated).toBe(false);
  });

  it("starts none for a body announced small", async () => {
    const text = JSON.stringify(kabulJson());
    answer(text, text.length);
    const dataset = await fetchDataset(URL_);
    expect(dataset.events.length).toBeGreaterThan(0);
    expect(FakeWorker.started).toHaveLength(0);
  });

  it("ends the one it started when the body is smaller than announced, read in the page", async () => {
    const text = JSON.stringify(kabulJson());
    answer(text, OFF_THREAD_FROM_CHARS + 1);
    const dataset = await fetchDataset(URL_);
    expect(dataset.title).toBe((kabulJson() as { title: string }).title);
    expect(dataset.events).toHaveLength(16);
    expect(FakeWorker.started).toHaveLength(1);
    expect(FakeWorker.started[0]?.terminated).toBe(true);
  });

  it("ends the one it started when the download fails before the reading takes it", async () => {
    const text = bigJsonText(6_000);
    const { stream, open } = heldBody(utf8(text), { failAt: 0 });
    answer(stream, text.length);
    const reading = fetchDataset(URL_);
    await ticks(3);
    open();
    await expect(reading).rejects.toThrow(FetchError);
    expect(FakeWorker.started).toHaveLength(1);
    expect(FakeWorker.started[0]?.terminated).toBe(true);
  });
});
