import { afterEach, describe, expect, it, vi } from "vitest";
import { serveFetchAhead } from "../../src/data/serve-fetch-ahead";
import { readDataset } from "../../src/data/read-dataset";
import { eventsDecoder } from "../../src/data/events-wire";
import { joinFetched } from "../../src/data/fetched-bytes";
import type { ReadMessage } from "../../src/data/read-request";
import type { TimelineEvent } from "../../src/domain/types";
import { bigJsonText } from "../fixtures/big-json";
import { kabulJson } from "../fixtures/kabul";

// The Worker's side of a dataset fetched ahead of the page (the page's first script starts it):
// what it tells the page, for each way a download can go.

const ADDRESS = "https://example.org/data/big.json";
const utf8 = (text: string) => new TextEncoder().encode(text);

/** A body in pieces of 256 KB; with `failAt`, the connection drops once that much was sent. */
function body(bytes: Uint8Array, failAt?: number): ReadableStream<Uint8Array> {
  let offset = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (failAt !== undefined && offset >= failAt) return controller.error(new TypeError("reset"));
      if (offset >= bytes.length) return controller.close();
      controller.enqueue(bytes.slice(offset, offset + 262_144));
      offset += 262_144;
    },
  });
}

function answered(response: () => Response) {
  const fetch = vi.fn(async () => response());
  vi.stubGlobal("fetch", fetch);
  return fetch;
}

/** Everything the Worker posts for one download, once it has done all it will. */
async function told(asked?: (signal: AbortSignal) => Promise<Response>): Promise<ReadMessage[]> {
  const messages: ReadMessage[] = [];
  await serveFetchAhead(ADDRESS, (message) => messages.push(structuredClone(message)), asked);
  return messages;
}

const decodedEvents = (messages: readonly ReadMessage[], partial: boolean) => {
  const decode = eventsDecoder();
  return messages.flatMap((message) =>
    message.type === "events" && (message.partial === true) === partial
      ? decode(message.events)
      : [],
  );
};

afterEach(() => vi.unstubAllGlobals());

describe("a dataset fetched ahead in the reading Worker", () => {
  it("is read as it arrives: what arrived, the first events, then all of them", async () => {
    const text = bigJsonText(6_000);
    answered(
      () => new Response(body(utf8(text)), { headers: { "content-length": `${text.length}` } }),
    );
    const messages = await told();
    const types = messages.map((message) => message.type);
    expect(types.indexOf("received")).toBeLessThan(types.indexOf("partial"));
    expect(types.indexOf("partial")).toBeLessThan(types.indexOf("done"));
    expect(messages.filter((message) => message.type === "received").at(-1)).toEqual({
      type: "received",
      received: text.length,
      total: text.length,
    });
    const whole = await readDataset(text, { name: "big.json", label: `The dataset at ${ADDRESS}` });
    const ids = (events: readonly TimelineEvent[]) => events.map((event) => event.id);
    expect(ids(decodedEvents(messages, false))).toEqual(ids(whole.events));
    expect(decodedEvents(messages, true).length).toBeGreaterThanOrEqual(2_000);
    expect(types).not.toContain("failed");
  });

  it("hands a small dataset's bytes back to the page, which reads it", async () => {
    const text = JSON.stringify(kabulJson());
    answered(() => new Response(text));
    const messages = await told();
    const fetched = messages.find((message) => message.type === "fetched");
    expect(fetched && new TextDecoder().decode(joinFetched(fetched.bytes))).toBe(text);
    expect(messages.map((message) => message.type)).not.toContain("done");
  });

  it("takes the response asked for as the Worker started, not a fetch of its own", async () => {
    const fetch = answered(() => new Response("not this one"));
    const text = JSON.stringify(kabulJson());
    const asked = vi.fn(async () => new Response(text));
    const messages = await told(asked);
    expect(fetch).not.toHaveBeenCalled();
    expect(asked).toHaveBeenCalledWith(expect.any(AbortSignal));
    expect(messages.some((message) => message.type === "fetched")).toBe(true);
  });

  it("tells the page's own error for an answer that is not the dataset", async () => {
    answered(() => new Response("gone", { status: 404, statusText: "Not Found" }));
    expect(await told()).toEqual([
      {
        type: "failed",
        error: { kind: "fetch", message: `${ADDRESS} answered 404 Not Found.`, transient: false },
      },
    ]);
  });

  it("tells why the download stopped, once, after the events read before it did", async () => {
    const text = bigJsonText(12_000);
    answered(
      () =>
        new Response(body(utf8(text), 2_883_584), {
          headers: { "content-length": `${text.length}` },
        }),
    );
    const messages = await told();
    const failed = messages.filter((message) => message.type === "failed");
    expect(failed).toEqual([
      {
        type: "failed",
        error: {
          kind: "fetch",
          message: `${ADDRESS} could not be reached (reset).`,
          transient: true,
        },
      },
    ]);
    expect(messages.findIndex((message) => message.type === "partial")).toBeLessThan(
      messages.indexOf(failed[0] as ReadMessage),
    );
    expect(messages.map((message) => message.type)).not.toContain("done");
  });
});
