// @vitest-environment jsdom
// (It reads the page's address, document.baseURI or history, which only a DOM has.)
import { readFileSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

// The page's first script (public/preload-dataset.js), run as the browser runs it: plain script,
// at a given address, before the app.
// Through a variable: Vite rewrites a literal `new URL("…", import.meta.url)` (see fixtures/kabul).
const HERE = import.meta.url;
const script = readFileSync(new URL("../../public/preload-dataset.js", HERE), "utf8");

function preloadsAt(
  search: string,
  ...head: HTMLElement[]
): { href: string; as: string; crossOrigin: string | null }[] {
  document.head.replaceChildren(...head);
  history.replaceState(null, "", `/app/${search}`);
  new Function(script)();
  return [...document.head.querySelectorAll<HTMLLinkElement>('link[rel="preload"]')].map(
    (link) => ({ href: link.href, as: link.as, crossOrigin: link.crossOrigin }),
  );
}

describe("the dataset preload", () => {
  it("fetches the built-in dataset and its article when the address names no dataset", () => {
    expect(preloadsAt("?event=lavrov-mangoush-press-conference")).toEqual([
      {
        href: `${location.origin}/app/datasets/kabul-2021.json`,
        as: "fetch",
        crossOrigin: "anonymous",
      },
      {
        href: `${location.origin}/app/sources/presstv-2021-08-19-lavrov-afghanistan-dialogue.txt`,
        as: "fetch",
        crossOrigin: "anonymous",
      },
    ]);
  });

  it("fetches only the site's own dataset in a published site", () => {
    const marker = document.createElement("meta");
    marker.name = "sourceline-site";
    marker.content = "https://example.org/kabul/";
    const preloads = preloadsAt("?event=x", marker);
    expect(preloads.map((link) => link.href)).toEqual([
      `${location.origin}/app/datasets/timeline.json`,
    ]);
  });

  it("fetches only the named dataset, relative to the page or absolute", () => {
    expect(preloadsAt("?data=./mine.json&country=AF").map((link) => link.href)).toEqual([
      `${location.origin}/app/mine.json`,
    ]);
    expect(preloadsAt("?data=https%3A%2F%2Fexample.org%2Fe.json").map((l) => l.href)).toEqual([
      "https://example.org/e.json",
    ]);
  });

  it("reads the parameter as the app does: any case, the first, trimmed, and not when empty", () => {
    const hrefs = (search: string) => preloadsAt(search).map((link) => link.href);
    const builtIn = `${location.origin}/app/datasets/kabul-2021.json`;
    expect(hrefs("?DATA=./x.json")).toEqual([`${location.origin}/app/x.json`]);
    expect(hrefs("?data=./a.json&Data=./b.json")).toEqual([`${location.origin}/app/a.json`]);
    expect(hrefs("?data=%20./x.json%20")).toEqual([`${location.origin}/app/x.json`]);
    for (const search of ["?data=", "?data=%20%20", `?data=${"x".repeat(2001)}`]) {
      expect(hrefs(search)[0]).toBe(builtIn);
    }
  });

  it("fetches nothing for a file kept in this browser or an address the app refuses", () => {
    for (const data of ["local:abc", "javascript:alert(1)", "file:///etc/passwd", "http://[x"]) {
      expect(preloadsAt(`?data=${encodeURIComponent(data)}`)).toEqual([]);
    }
  });
});

/** A Worker that records how it was started and what it was sent, and never runs. */
class RecordedWorker {
  static started: RecordedWorker[] = [];
  static refuses = false;
  readonly sent: unknown[] = [];
  onmessage: ((event: MessageEvent) => void) | null = null;
  private readonly listeners: [string, (event: Event) => void][] = [];
  constructor(
    readonly url: URL,
    readonly options: WorkerOptions,
  ) {
    if (RecordedWorker.refuses) throw new DOMException("Refused by policy", "SecurityError");
    RecordedWorker.started.push(this);
  }
  postMessage(message: unknown): void {
    this.sent.push(message);
  }
  addEventListener(type: string, listener: (event: Event) => void): void {
    this.listeners.push([type, listener]);
  }
  /** What the Worker would tell: to its handler property and its listeners, as a browser's. */
  tell(data: unknown): void {
    const event = new MessageEvent("message", { data });
    this.onmessage?.(event);
    for (const [type, listener] of this.listeners) if (type === "message") listener(event);
  }
  fail(): void {
    const event = new Event("error", { cancelable: true });
    for (const [type, listener] of this.listeners) if (type === "error") listener(event);
  }
}

function workerNamed(): HTMLMetaElement {
  const named = document.createElement("meta");
  named.name = "sourceline-reading-worker";
  named.content = "./assets/read-dataset-worker-abc123.js";
  return named;
}

describe("the reading Worker started ahead of the app", () => {
  beforeEach(() => {
    RecordedWorker.started = [];
    RecordedWorker.refuses = false;
    vi.stubGlobal("Worker", RecordedWorker);
    delete window.sourcelineReadAhead;
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    delete window.sourcelineReadAhead;
  });

  it("fetches and reads the dataset the address names, instead of preloading it", () => {
    expect(preloadsAt("?data=./big.json", workerNamed())).toEqual([]);
    expect(RecordedWorker.started).toHaveLength(1);
    const [worker] = RecordedWorker.started;
    expect(worker?.url.href).toBe(`${location.origin}/app/assets/read-dataset-worker-abc123.js`);
    expect(worker?.options).toEqual({ type: "module" });
    const address = `${location.origin}/app/big.json`;
    expect(worker?.sent).toEqual([{ type: "fetch-ahead", address }]);
    expect(window.sourcelineReadAhead?.address).toBe(address);
  });

  it("keeps what the Worker tells until the app listens, and says once it runs", async () => {
    preloadsAt("?data=https%3A%2F%2Fexample.org%2Fe.json", workerNamed());
    const [worker] = RecordedWorker.started;
    worker?.tell({ type: "ready" });
    worker?.tell({ type: "received", received: 65_536 });
    expect(window.sourcelineReadAhead?.ahead.heard).toEqual([
      { type: "ready" },
      { type: "received", received: 65_536 },
    ]);
    await expect(window.sourcelineReadAhead?.running).resolves.toBe(true);
  });

  it("says a Worker that cannot start does not run, so that the app fetches the dataset", async () => {
    preloadsAt("?data=./big.json", workerNamed());
    RecordedWorker.started[0]?.fail();
    await expect(window.sourcelineReadAhead?.running).resolves.toBe(false);
  });

  it("preloads the dataset where no Worker starts: a policy refuses it, or none is named", () => {
    RecordedWorker.refuses = true;
    expect(preloadsAt("?data=./big.json", workerNamed()).map((link) => link.href)).toEqual([
      `${location.origin}/app/big.json`,
    ]);
    RecordedWorker.refuses = false;
    expect(preloadsAt("?data=./big.json").map((link) => link.href)).toEqual([
      `${location.origin}/app/big.json`,
    ]);
    expect(RecordedWorker.started).toHaveLength(0);
    expect(window.sourcelineReadAhead).toBeUndefined();
  });

  it("starts none for the built-in dataset, or an address the app refuses", () => {
    expect(preloadsAt("?event=x", workerNamed())).toHaveLength(2);
    expect(preloadsAt("?data=local%3Aabc", workerNamed())).toEqual([]);
    expect(RecordedWorker.started).toHaveLength(0);
  });
});
