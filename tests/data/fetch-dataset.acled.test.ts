// @vitest-environment jsdom
// (It reads the page's address, document.baseURI, which only a DOM has.)
import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it, vi } from "vitest";
import { DatasetError, FetchError } from "../../src/data/dataset-error";
import { fetchDataset } from "../../src/data/fetch-dataset";
import { receivedBytes } from "../../src/data/load-progress";
import { readDataset } from "../../src/data/read-dataset";
import type * as AcledStream from "../../src/data/read-acled-stream";
import { failure } from "../rejection";

// A row limit of 3, so that passing it takes four rows, not 1,500,001.
vi.mock("../../src/data/read-acled-stream", async (importOriginal) => {
  const actual = await importOriginal<typeof AcledStream>();
  return {
    ...actual,
    readAcledStream: (...[stream, options]: Parameters<typeof actual.readAcledStream>) =>
      actual.readAcledStream(stream, { ...options, maxRows: 3 }),
  };
});

// Through a variable: Vite rewrites a literal `new URL("…", import.meta.url)` into an asset.
const HERE = import.meta.url;
const FIXTURE = readFileSync(new URL("../fixtures/acled/exampleville.csv", HERE), "utf8");
const [HEADER = "", ...ROWS] = FIXTURE.trimEnd().split("\n");
const THREE = [HEADER, ...ROWS.slice(0, 3)].join("\n");
const URL_ = "https://example.org/exports/acled.csv";
const utf8 = (text: string) => new TextEncoder().encode(text);

/**
 * A body sent in pieces of `size` bytes, then ending, failing, or sending `more` for ever.
 */
function body(
  bytes: Uint8Array,
  size: number,
  then: "end" | "fail" | "endless" = "end",
  more = `${ROWS[0]}\n`,
) {
  const state = { pulled: 0, cancelled: false };
  let offset = 0;
  const stream = new ReadableStream<Uint8Array>({
    // Each piece in a later task, as from a network, so that the test can act between them.
    async pull(controller) {
      await new Promise((resolve) => setTimeout(resolve));
      state.pulled++;
      if (offset < bytes.length) {
        controller.enqueue(bytes.slice(offset, offset + size));
        offset += size;
      } else if (then === "end") controller.close();
      else if (then === "fail") controller.error(new TypeError("network error"));
      else controller.enqueue(utf8(more));
    },
    cancel() {
      state.cancelled = true;
    },
  });
  return { stream, state };
}

function serve(response: () => Response) {
  vi.stubGlobal(
    "fetch",
    vi.fn(async (input: RequestInfo | URL) =>
      String(input) === URL_ ? response() : new Response("Not found", { status: 404 }),
    ),
  );
}

afterEach(() => vi.unstubAllGlobals());

describe("fetchDataset, given an ACLED export", () => {
  it("reads it as it arrives, to the dataset the whole text gives, past the 50 MB ceiling", async () => {
    const bytes = utf8(THREE);
    // Said to be 600 MB: a file of any other kind that large is refused before it is read.
    serve(
      () => new Response(body(bytes, 50).stream, { headers: { "content-length": "600000000" } }),
    );
    const dataset = await fetchDataset(URL_);
    const whole = await readDataset(THREE, {
      name: "acled.csv",
      label: `The dataset at ${URL_}`,
    });
    expect(dataset).toEqual(whole);
    expect(dataset.origin).toEqual({ name: "acled.csv", format: "ACLED CSV export" });
    expect(receivedBytes(URL_)).toBe(bytes.length);
  });

  it("still refuses JSON said to be over 50 MB", async () => {
    serve(
      () =>
        new Response(body(utf8('{"events": []}'), 50).stream, {
          headers: { "content-length": "600000000" },
        }),
    );
    const error = await failure(fetchDataset(URL_));
    expect(error).toBeInstanceOf(DatasetError);
    expect(error).toHaveProperty("problems", [
      "It is 600 MB; this app opens datasets up to 50 MB.",
    ]);
  });

  it("ends the download when the rows pass the limit, with the limit's message", async () => {
    const { stream, state } = body(utf8(`${HEADER}\n`), 100, "endless");
    serve(() => new Response(stream));
    const error = await failure(fetchDataset(URL_));
    expect(error).toBeInstanceOf(DatasetError);
    expect(error).toHaveProperty("message", `The dataset at ${URL_} is not valid.`);
    expect(error).toHaveProperty("problems", [
      "It has more than 3 rows; this app opens ACLED exports of up to 3 rows.",
    ]);
    expect(state.cancelled).toBe(true);
    // Told once the first 64 KB have arrived (about 130 rows here), then at once.
    expect(state.pulled).toBeLessThan(300);
  });

  it("fails with today's FetchError when the connection drops halfway", async () => {
    serve(() => new Response(body(utf8(THREE), 200, "fail").stream));
    await expect(fetchDataset(URL_)).rejects.toThrow(
      new FetchError(`${URL_} could not be reached (network error).`, { transient: true }),
    );
  });

  it("rethrows the abort when the caller cancels halfway, and stops the download", async () => {
    // A quoted cell that never closes: no row past the limit ever completes.
    const { stream, state } = body(utf8(`${HEADER}\nXMP9,"`), 200, "endless", "more notes ");
    serve(() => new Response(stream));
    const controller = new AbortController();
    const result = fetchDataset(URL_, controller.signal);
    await vi.waitFor(() => expect(state.pulled).toBeGreaterThan(2));
    controller.abort();
    const error = await failure(result);
    expect(error).not.toBeInstanceOf(FetchError);
    expect(error).toHaveProperty("name", "AbortError");
    expect(state.cancelled).toBe(true);
  });
});

describe("fetchDataset, given an ACLED export saved as Windows-1252", () => {
  it("reads it whole as Windows-1252 and says so, as before", async () => {
    const text = THREE.replace("Exampleville", "Ex\u00e9mpleville");
    const bytes = Uint8Array.from(text, (char) => char.charCodeAt(0));
    serve(() => new Response(body(bytes, 100).stream));
    const dataset = await fetchDataset(URL_);
    expect(dataset.warnings[0]?.text).toMatch(/was read as Windows-1252/);
    expect(dataset.events.map((event) => event.title)).toContain("Armed clash in Exémpleville");
  });
});
