// @vitest-environment jsdom
// (It reads the page's address, document.baseURI, which only a DOM has.)
import { afterEach, describe, expect, it, vi } from "vitest";
import { fetchDataset } from "../../src/data/fetch-dataset";
import { startsLargeJson, STREAM_JSON_FROM_BYTES } from "../../src/data/json-stream-claim";
import { readDataset } from "../../src/data/read-dataset";
import { PARTIAL_JSON_AT } from "../../src/data/read-json-stream";
import type { Dataset } from "../../src/domain/types";

import { bigJsonText } from "../fixtures/big-json";

const URL_ = "https://example.org/data/big.json";
const utf8 = (text: string) => new TextEncoder().encode(text);

/** A body sent in pieces of `size` bytes, each in a later task, as from a network. */
function body(bytes: Uint8Array, size: number) {
  let offset = 0;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      await new Promise((resolve) => setTimeout(resolve));
      if (offset >= bytes.length) return controller.close();
      controller.enqueue(bytes.slice(offset, offset + size));
      offset += size;
    },
  });
}

afterEach(() => vi.unstubAllGlobals());

describe("startsLargeJson", () => {
  const big = new Uint8Array(STREAM_JSON_FROM_BYTES);
  it("claims a JSON object once 2 MB have arrived and more are coming", () => {
    const start = utf8("\uFEFF \n\t{");
    expect(startsLargeJson([start], false)).toBeUndefined();
    expect(startsLargeJson([start, big], false)).toBe(true);
    expect(startsLargeJson([start, big], true)).toBe(false);
    expect(startsLargeJson([utf8("  "), utf8(" {"), big], false)).toBe(true);
  });
  it("leaves anything else to be read whole or told apart later", () => {
    expect(startsLargeJson([], false)).toBeUndefined();
    expect(startsLargeJson([utf8("   ")], true)).toBe(false);
    expect(startsLargeJson([utf8("["), big], false)).toBe(false);
    expect(startsLargeJson([utf8("event_id_cnty,"), big], false)).toBe(false);
    expect(startsLargeJson([Uint8Array.of(0xff, 0xfe, 0x7b, 0), big], false)).toBe(false);
  });
});

describe("fetchDataset, given a large JSON dataset", () => {
  it("opens on its first events while the rest arrive, then on all, as the whole text reads", async () => {
    const text = bigJsonText(6_000);
    expect(text.length).toBeGreaterThan(STREAM_JSON_FROM_BYTES);
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => new Response(body(utf8(text), 65_536))),
    );
    const told: Dataset[] = [];
    const dataset = await fetchDataset(URL_, undefined, (partial) => told.push(partial));
    const whole = await readDataset(text, {
      name: "big.json",
      label: `The dataset at ${URL_}`,
      fetchSourceText: async () => "",
    });
    expect(dataset.events).toEqual(whole.events);
    expect(dataset.origin).toEqual({ name: "big.json", format: "Sourceline JSON" });
    expect(told).toHaveLength(1);
    const first = told[0]?.events.length ?? 0;
    expect(first).toBeGreaterThanOrEqual(PARTIAL_JSON_AT);
    expect(first).toBeLessThan(6_000);
  });

  it("reads a smaller one whole, telling nothing before it", async () => {
    const text = bigJsonText(100);
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => new Response(body(utf8(text), 1_000))),
    );
    const told: Dataset[] = [];
    const dataset = await fetchDataset(URL_, undefined, (partial) => told.push(partial));
    expect(dataset.events).toHaveLength(100);
    expect(told).toEqual([]);
  });
});
