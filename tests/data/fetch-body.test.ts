import { afterEach, describe, expect, it, vi } from "vitest";
import { fetchBytes } from "../../src/data/fetch-text";

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

/** A body whose pieces are all there before the first read, as a fast download's are. */
function queuedBody(pieces: number): Response {
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      for (let i = 0; i < pieces; i++) controller.enqueue(new Uint8Array(1024).fill(65));
      controller.close();
    },
  });
  return new Response(stream);
}

describe("reading a download", () => {
  it("lets the page run its other tasks while it reads pieces that are already there", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => queuedBody(200)),
    );
    // Each piece seems to take 5 ms: the reading must make way every few of them.
    let now = 0;
    vi.spyOn(performance, "now").mockImplementation(() => (now += 5));
    let otherTaskRan = false;
    const reading = fetchBytes(new URL("https://example.org/big.json"));
    setTimeout(() => (otherTaskRan = true), 0);
    const bytes = await reading;
    expect(bytes.byteLength).toBe(200 * 1024);
    expect(otherTaskRan).toBe(true);
  });
});
