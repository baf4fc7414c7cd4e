// @vitest-environment jsdom
// (It reads the page's address, document.baseURI or history, which only a DOM has.)
import { gzipSync } from "node:zlib";
import { afterEach, describe, expect, it, vi } from "vitest";
import { DatasetError, FetchError } from "../../src/data/dataset-error";
import { fetchDataset } from "../../src/data/fetch-dataset";
import { loadProgress, receivedBytes } from "../../src/data/load-progress";
import { failure } from "../rejection";

const TEXT =
  "On Sunday the Taliban took Kabul. Lavrov said on Thursday that Moscow favours a national dialogue.";

function quote(exact: string) {
  const start = TEXT.indexOf(exact);
  return { sourceId: "presstv", exact, start, end: start + exact.length };
}

// The article's text lives in its own file, next to the dataset.
function datasetJson() {
  return {
    title: "Kabul, August 2021",
    sources: [
      {
        id: "presstv",
        title: "Russia calls for dialogue",
        publisher: "Press TV",
        url: "https://www.presstv.ir/Detail/2021/08/19/664764",
        publishedAt: "2021-08-19",
        textUrl: "texts/presstv.txt",
      },
    ],
    events: [
      {
        id: "lavrov-calls-for-dialogue",
        title: "Lavrov calls for dialogue",
        countries: ["RU"],
        when: { start: "2021-08-19", basis: "relative" },
        quotes: [quote("Moscow favours a national dialogue")],
      },
      {
        id: "taliban-take-kabul",
        title: "Taliban take Kabul",
        countries: ["AF"],
        when: { start: "2021-08-15", basis: "relative" },
        quotes: [quote("the Taliban took Kabul")],
      },
    ],
  };
}

const DATASET_URL = "https://example.org/sets/kabul.json";
const TEXT_URL = "https://example.org/sets/texts/presstv.txt";

type Answer = (url: string, signal: AbortSignal | undefined) => Promise<Response> | Response;

/** Stubs fetch with answers by absolute URL; anything else is a 404. */
function serve(answers: Record<string, Answer>) {
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = input instanceof Request ? input.url : String(input);
    const answer = answers[url];
    if (!answer) return new Response("Not found", { status: 404, statusText: "Not Found" });
    return answer(url, init?.signal ?? undefined);
  });
  vi.stubGlobal("fetch", fetchMock);
  return fetchMock;
}

const json = (value: unknown) => () => new Response(JSON.stringify(value));
const text = (body: string) => () => new Response(body);

/** A response that never comes, given up on only when its request is aborted. */
const never: Answer = (_url, signal) =>
  new Promise<Response>((_resolve, reject) => {
    signal?.addEventListener("abort", () => reject(signal.reason));
  });

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe("fetchDataset", () => {
  it("fetches the dataset and its source text, relative to the dataset's URL, and builds it", async () => {
    const fetchMock = serve({ [DATASET_URL]: json(datasetJson()), [TEXT_URL]: text(TEXT) });
    const dataset = await fetchDataset(DATASET_URL);

    expect(fetchMock.mock.calls.map(([input]) => String(input))).toEqual([DATASET_URL, TEXT_URL]);
    expect(dataset.title).toBe("Kabul, August 2021");
    expect(dataset.sources).toEqual([
      {
        id: "presstv",
        title: "Russia calls for dialogue",
        publisher: "Press TV",
        url: "https://www.presstv.ir/Detail/2021/08/19/664764",
        publishedAt: "2021-08-19",
        text: TEXT,
      },
    ]);
    // Sorted by date on the way in.
    expect(dataset.events.map((event) => event.id)).toEqual([
      "taliban-take-kabul",
      "lavrov-calls-for-dialogue",
    ]);
    expect(dataset.events[0]?.when.start).toBe(Date.parse("2021-08-15T00:00:00Z"));
  });

  it("resolves a relative dataset URL against the page", async () => {
    const fetchMock = serve({
      [new URL("datasets/kabul.json", document.baseURI).href]: json(datasetJson()),
      [new URL("datasets/texts/presstv.txt", document.baseURI).href]: text(TEXT),
    });
    const dataset = await fetchDataset("datasets/kabul.json");
    expect(dataset.events).toHaveLength(2);
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it("uses a source's inline text without fetching it", async () => {
    const inline = datasetJson();
    const sources = inline.sources.map(({ textUrl: _textUrl, ...source }) => ({
      ...source,
      text: TEXT,
    }));
    const fetchMock = serve({ [DATASET_URL]: json({ ...inline, sources }) });
    const dataset = await fetchDataset(DATASET_URL);
    expect(dataset.sources[0]?.text).toBe(TEXT);
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it("fails with a FetchError naming the URL and status when the dataset is not found", async () => {
    serve({});
    const error = await failure(fetchDataset(DATASET_URL));
    expect(error).toBeInstanceOf(FetchError);
    expect(error).toHaveProperty("name", "FetchError");
    expect(error).toHaveProperty("message", `${DATASET_URL} answered 404 Not Found.`);
    // A 404 answers 404 again: not worth asking twice.
    expect(error).toHaveProperty("transient", false);
  });

  it("counts a server error (5xx) as passing and any other 4xx as final", async () => {
    for (const [status, transient] of [
      [403, false],
      [410, false],
      [502, true],
      [503, true],
    ] as const) {
      serve({ [DATASET_URL]: () => new Response("", { status }) });
      expect(await failure(fetchDataset(DATASET_URL))).toHaveProperty("transient", transient);
    }
  });

  it("names the source text's URL when that is the file not found", async () => {
    serve({ [DATASET_URL]: json(datasetJson()) });
    await expect(fetchDataset(DATASET_URL)).rejects.toThrow(
      new FetchError(`${TEXT_URL} answered 404 Not Found.`, { transient: false }),
    );
  });

  it("gives the bare status when the server sends no status text", async () => {
    serve({ [DATASET_URL]: () => new Response("", { status: 500 }) });
    await expect(fetchDataset(DATASET_URL)).rejects.toThrow(
      new FetchError(`${DATASET_URL} answered 500.`, { transient: true }),
    );
  });

  it("fails with a DatasetError when the dataset is a web page", async () => {
    serve({ [DATASET_URL]: text("<!doctype html><title>Not here</title>") });
    const error = await failure(fetchDataset(DATASET_URL));
    expect(error).toBeInstanceOf(DatasetError);
    expect(error).toHaveProperty(
      "message",
      `The dataset at ${DATASET_URL} is neither JSON nor CSV.`,
    );
    expect(error).toHaveProperty("problems", [expect.stringMatching(/looks like a web page/)]);
  });

  it("says a dataset served gzip-compressed as a file (kabul.json.gz) must be unpacked", async () => {
    const packed = gzipSync(JSON.stringify(datasetJson()));
    serve({ [DATASET_URL]: () => new Response(new Uint8Array(packed)) });
    const error = await failure(fetchDataset(DATASET_URL));
    expect(error).toBeInstanceOf(DatasetError);
    expect(error).toHaveProperty("message", `${DATASET_URL} is gzip-compressed.`);
  });

  it("reads a dataset saved as UTF-16 with a byte order mark", async () => {
    const utf16 = [0xff, 0xfe, ...Buffer.from(JSON.stringify(datasetJson()), "utf16le")];
    serve({
      [DATASET_URL]: () => new Response(new Uint8Array(utf16)),
      [TEXT_URL]: text(TEXT),
    });
    const dataset = await fetchDataset(DATASET_URL);
    expect(dataset.events.map((event) => event.id)).toEqual([
      "taliban-take-kabul",
      "lavrov-calls-for-dialogue",
    ]);
  });

  it("reads a dataset that is not UTF-8 as Windows-1252 and says so", async () => {
    const csv = "Year,Headline\n2021,Taliban take K\xE2bul\n";
    serve({ [DATASET_URL]: () => new Response(new Uint8Array(Buffer.from(csv, "latin1"))) });
    const dataset = await fetchDataset(DATASET_URL);
    expect(dataset.events.map((event) => event.title)).toEqual(["Taliban take Kâbul"]);
    expect(dataset.warnings).toContainEqual({
      kind: "encoding",
      text: expect.stringMatching(/is not UTF-8, so it was read as Windows-1252/),
    });
  });

  it("names the field of a textUrl no browser can parse, instead of “Failed to construct 'URL'”", async () => {
    const broken = datasetJson();
    Object.assign(broken.sources[0] ?? {}, { textUrl: "http://[" });
    serve({ [DATASET_URL]: json(broken) });
    const error = await failure(fetchDataset(DATASET_URL));
    expect(error).toBeInstanceOf(DatasetError);
    expect(error).toHaveProperty("message", `The dataset at ${DATASET_URL} is not valid.`);
    expect(error).toHaveProperty("problems", [
      expect.stringMatching(/^sources\[0\]\.textUrl: "http:\/\/\[" is not a well-formed address/),
    ]);
  });

  it("fails with a DatasetError when the dataset is broken JSON", async () => {
    serve({ [DATASET_URL]: text('{"title": "Kabul", "events": [') });
    const error = await failure(fetchDataset(DATASET_URL));
    expect(error).toBeInstanceOf(DatasetError);
    expect(error).toHaveProperty("message", `The dataset at ${DATASET_URL} is not JSON.`);
    // The parser's own words, so the reader can find the fault.
    expect(error).toHaveProperty("problems", [expect.stringMatching(/JSON/)]);
  });

  it("fails with a DatasetError listing each schema problem by its path", async () => {
    const broken = datasetJson();
    const [first] = broken.events;
    serve({
      [DATASET_URL]: json({
        ...broken,
        title: " ",
        events: [{ ...first, when: {}, quotes: [{ sourceId: "presstv" }] }],
      }),
    });
    const error = await failure(fetchDataset(DATASET_URL));
    expect(error).toBeInstanceOf(DatasetError);
    expect(error).toHaveProperty("message", `The dataset at ${DATASET_URL} is not valid.`);
    expect(error).toHaveProperty("problems", [
      'title: " " is empty: give it some text',
      "events[0].when.start: is missing: add it",
      "events[0].quotes[0].exact: is missing: add it",
    ]);
  });

  it("re-anchors quotes when the fetched text was re-saved with more words before them", async () => {
    serve({
      [DATASET_URL]: json(datasetJson()),
      [TEXT_URL]: text(`Updated: ${TEXT}`),
    });
    const dataset = await fetchDataset(DATASET_URL);
    expect(dataset.warnings.map(({ text }) => text)).toEqual([
      expect.stringMatching(/^events\[0\] "lavrov-calls-for-dialogue".quotes\[0\] was re-anchored/),
      expect.stringMatching(/^events\[1\] "taliban-take-kabul".quotes\[0\] was re-anchored/),
    ]);
    for (const event of dataset.events) {
      for (const quote of event.quotes) {
        expect(`Updated: ${TEXT}`.slice(quote.start, quote.end)).toBe(quote.exact);
      }
    }
  });

  it("fails with a FetchError when the server cannot be reached", async () => {
    serve({
      [DATASET_URL]: () => Promise.reject(new TypeError("Failed to fetch")),
    });
    await expect(fetchDataset(DATASET_URL)).rejects.toThrow(
      new FetchError(`${DATASET_URL} could not be reached (Failed to fetch).`, {
        transient: true,
      }),
    );
  });

  it("gives up with a FetchError when the server does not answer within 20 s", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    const fetchMock = serve({ [DATASET_URL]: never });
    let settled = false;
    const result = fetchDataset(DATASET_URL);
    result.then(
      () => (settled = true),
      () => (settled = true),
    );

    await vi.advanceTimersByTimeAsync(19_999);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await expect(result).rejects.toThrow(
      new FetchError(`${DATASET_URL} did not answer within 20 s.`, { transient: false }),
    );
    expect(fetchMock.mock.calls[0]?.[1]?.signal?.aborted).toBe(true);
  });

  it("gives each source text its own 20 s", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    serve({ [DATASET_URL]: json(datasetJson()), [TEXT_URL]: never });
    const result = fetchDataset(DATASET_URL);
    const rejected = expect(result).rejects.toThrow(
      new FetchError(`${TEXT_URL} did not answer within 20 s.`, { transient: false }),
    );
    await vi.advanceTimersByTimeAsync(20_000);
    await rejected;
  });

  it("refuses a body that grows past 50 MB as it arrives, and stops reading it", async () => {
    const megabyte = new Uint8Array(1_000_000).fill(32);
    let sent = 0;
    let cancelled = false;
    // No length header, as with a compressed response: only the bytes themselves tell.
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent++;
        controller.enqueue(megabyte);
      },
      cancel() {
        cancelled = true;
      },
    });
    serve({ [DATASET_URL]: () => new Response(endless) });
    const error = await failure(fetchDataset(DATASET_URL));
    expect(error).toBeInstanceOf(DatasetError);
    expect(error).toHaveProperty("message", `${DATASET_URL} is too large to open.`);
    expect(error).toHaveProperty("problems", [
      "It is over 50 MB; this app opens datasets up to 50 MB.",
    ]);
    expect(cancelled).toBe(true);
    expect(sent).toBeLessThan(55);
  });

  it("says how much of the dataset has arrived while it downloads", async () => {
    const body = new TextEncoder().encode(JSON.stringify(datasetJson()));
    const half = Math.floor(body.length / 2);
    let finish = () => {};
    const slow = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(body.slice(0, half));
        finish = () => {
          controller.enqueue(body.slice(half));
          controller.close();
        };
      },
    });
    serve({ [DATASET_URL]: () => new Response(slow), [TEXT_URL]: text(TEXT) });
    const result = fetchDataset(DATASET_URL);
    await vi.waitFor(() => expect(receivedBytes(DATASET_URL)).toBe(half));
    finish();
    await expect(result).resolves.toHaveProperty("title", "Kabul, August 2021");
    expect(receivedBytes(DATASET_URL)).toBe(body.length);
  });

  it("waits for a slow download that keeps arriving, and gives up when it stops", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    const body = new TextEncoder().encode(JSON.stringify(datasetJson()));
    const third = Math.ceil(body.length / 3);
    let send = (_piece: number) => {};
    const trickle = new ReadableStream<Uint8Array>({
      start(controller) {
        send = (piece) => {
          controller.enqueue(body.slice(piece * third, (piece + 1) * third));
          if (piece === 2) controller.close();
        };
      },
    });
    serve({ [DATASET_URL]: () => new Response(trickle), [TEXT_URL]: text(TEXT) });
    let settled = false;
    const slow = fetchDataset(DATASET_URL);
    slow.then(
      () => (settled = true),
      () => (settled = true),
    );
    // 45 s in all, but never 20 s without a piece.
    for (const piece of [0, 1, 2]) {
      await vi.advanceTimersByTimeAsync(15_000);
      expect(settled).toBe(false);
      send(piece);
    }
    await expect(slow).resolves.toHaveProperty("title", "Kabul, August 2021");

    const stalled = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(body.slice(0, third));
      },
    });
    serve({ [DATASET_URL]: () => new Response(stalled) });
    const stopped = fetchDataset(DATASET_URL);
    const rejected = expect(stopped).rejects.toThrow(
      new FetchError(`${DATASET_URL} stopped sending for 20 s.`, { transient: false }),
    );
    await vi.advanceTimersByTimeAsync(20_000);
    await rejected;
  });

  it("gives up on a server that trickles a byte every 5 s once the whole download has taken 60 s", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    let sent = 0;
    const trickle = new ReadableStream<Uint8Array>({
      async pull(controller) {
        await new Promise((resolve) => setTimeout(resolve, 5_000));
        sent++;
        controller.enqueue(new Uint8Array([32]));
      },
    });
    serve({ [DATASET_URL]: () => new Response(trickle) });
    let settled = false;
    const result = fetchDataset(DATASET_URL);
    result.then(
      () => (settled = true),
      () => (settled = true),
    );
    await vi.advanceTimersByTimeAsync(59_000);
    // Never 20 s without a byte, so the silence limit alone would wait for ever.
    expect(settled).toBe(false);
    expect(receivedBytes(DATASET_URL)).toBe(sent);
    const rejected = expect(result).rejects.toThrow(
      new FetchError(
        `${DATASET_URL} was still sending after 60 s (11 bytes had arrived), too slowly to wait for.`,
        { transient: false },
      ),
    );
    await vi.advanceTimersByTimeAsync(1_000);
    await rejected;
  });

  it("tells the whole size when the server gives it, from the first byte", async () => {
    const body = new TextEncoder().encode(JSON.stringify(datasetJson()));
    let finish = () => {};
    const slow = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(body.slice(0, 1));
        finish = () => {
          controller.enqueue(body.slice(1));
          controller.close();
        };
      },
    });
    serve({
      [DATASET_URL]: () =>
        new Response(slow, { headers: { "content-length": String(body.length) } }),
      [TEXT_URL]: text(TEXT),
    });
    const result = fetchDataset(DATASET_URL);
    await vi.waitFor(() =>
      expect(loadProgress(DATASET_URL)).toEqual({ received: 1, total: body.length }),
    );
    finish();
    await expect(result).resolves.toHaveProperty("title", "Kabul, August 2021");
  });

  it("tells no whole size for a compressed body, whose length is not the size it unpacks to", async () => {
    const body = new TextEncoder().encode(JSON.stringify(datasetJson()));
    const half = Math.floor(body.length / 2);
    let finish = () => {};
    // Sent unpacked (as a browser hands a gzip body on), said to be gzip of a third the length.
    const piecesOf = (headers: Record<string, string>) =>
      new Response(
        new ReadableStream<Uint8Array>({
          start(controller) {
            controller.enqueue(body.slice(0, half));
            finish = () => {
              controller.enqueue(body.slice(half));
              controller.close();
            };
          },
        }),
        { headers: { "content-length": String(Math.round(body.length / 3)), ...headers } },
      );
    for (const headers of [{ "content-encoding": "gzip" }, {}] as Record<string, string>[]) {
      serve({ [DATASET_URL]: () => piecesOf(headers), [TEXT_URL]: text(TEXT) });
      const result = fetchDataset(DATASET_URL);
      // Told by its header, or, where a cross-origin one hides it, once more has come than said.
      await vi.waitFor(() => expect(loadProgress(DATASET_URL)).toEqual({ received: half }));
      finish();
      await expect(result).resolves.toHaveProperty("title", "Kabul, August 2021");
    }
  });

  it("rethrows the abort, not a FetchError, when the caller cancels", async () => {
    serve({ [DATASET_URL]: never });
    const controller = new AbortController();
    const result = fetchDataset(DATASET_URL, controller.signal);
    controller.abort();
    const error = await failure(result);
    expect(error).not.toBeInstanceOf(FetchError);
    expect(error).toHaveProperty("name", "AbortError");
  });
});

describe("fetchDataset, given an address it must not fetch", () => {
  it("refuses a dataset address that is not http(s), without fetching it", async () => {
    const fetchMock = vi.fn();
    vi.stubGlobal("fetch", fetchMock);
    await expect(fetchDataset("javascript:alert(1)")).rejects.toThrow(
      'The dataset address "javascript:alert(1)" is not an http(s) address.',
    );
    await expect(fetchDataset("data:application/json,{}")).rejects.toBeInstanceOf(DatasetError);
    // An override in the address would otherwise reverse the rest of the message.
    await expect(fetchDataset("ftp://x/\u202Ey")).rejects.toThrow(
      'The dataset address "ftp://x/\\u202Ey" is not an http(s) address.',
    );
    expect(fetchMock).not.toHaveBeenCalled();
  });
});

describe("fetchDataset, on edited copies of the shipped article", () => {
  it("re-anchors what moved, matches what changed approximately, never highlighting other words as exact", async () => {
    const { kabulArticle, kabulJson } = await import("../fixtures/kabul");
    const original = kabulArticle();
    // Re-saved with a new line at the top, and one quoted word changed.
    const edited = `Updated 20 August.\n\n${original}`.replace("clear-headed", "clear headed");
    vi.stubGlobal(
      "fetch",
      vi.fn(async (input: RequestInfo | URL) =>
        String(input).endsWith(".json")
          ? Response.json(kabulJson())
          : new Response(edited, { status: 200 }),
      ),
    );
    const dataset = await fetchDataset("http://localhost:3000/datasets/kabul-2021.json");
    const quotes = dataset.events.flatMap((event) => event.quotes);
    const approximate = quotes.filter((quote) => quote.anchoring?.status === "approximate");
    expect(approximate.map((quote) => quote.exact)).toEqual([
      expect.stringContaining("clear-headed"),
    ]);
    expect(quotes.filter((quote) => quote.missing)).toEqual([]);
    for (const quote of quotes.filter((q) => q.anchoring?.status === "moved")) {
      expect(edited.slice(quote.start, quote.end)).toBe(quote.exact);
    }
    expect(dataset.warnings.filter((w) => w.kind === "quote-moved")).toHaveLength(
      quotes.length - 1,
    );
  });
});
