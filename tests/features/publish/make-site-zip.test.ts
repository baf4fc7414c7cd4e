import { strFromU8, unzipSync } from "fflate";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { makeSiteZip, type SiteStep } from "../../../src/features/publish/make-site-zip";
import { kabulDataset } from "../../fixtures/kabul";
import { withKeptSummaries } from "../../fixtures/kept-summaries";

/** As the event pages write text into HTML. */
const esc = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

const rasteriseSvg = vi.hoisted(() => vi.fn());
vi.mock("../../../src/features/publish/rasterise-card", () => ({ rasteriseSvg }));

const dataset = kabulDataset();
const options = { baseUrl: "https://example.org/kabul/" };
const APP = "https://app.example/sourceline/";
const APP_FILES: Record<string, string> = {
  "publish-manifest.json": JSON.stringify({ version: 1, files: ["index.html", "assets/app.js"] }),
  "index.html": "<!doctype html><html><head><title>Sourceline</title></head><body></body></html>",
  "assets/app.js": "console.log('app')",
};

function serve(files: Record<string, string>) {
  vi.stubGlobal(
    "fetch",
    vi.fn(async (url: URL) => {
      const path = url.href.slice(APP.length);
      const body = files[path];
      return body === undefined ? new Response("", { status: 404 }) : new Response(body);
    }),
  );
}

const make = (steps: SiteStep[] = []) =>
  makeSiteZip(dataset, options, APP, new AbortController().signal, (step) => steps.push(step));

describe("makeSiteZip", () => {
  beforeEach(() => {
    rasteriseSvg.mockResolvedValue(new Uint8Array([0x89, 0x50, 0x4e, 0x47]));
  });

  it("zips the app's files, the site's card, a page and a card per event, fetched from where the app lives", async () => {
    serve(APP_FILES);
    const steps: SiteStep[] = [];
    const zip = await make(steps);
    const files = unzipSync(zip.bytes);
    expect(Object.keys(files)).toHaveLength(zip.files);
    expect(strFromU8(files["assets/app.js"] as Uint8Array)).toBe("console.log('app')");
    for (const event of dataset.events) {
      expect(files[`events/${event.id}/card.png`]).toEqual(
        new Uint8Array([0x89, 0x50, 0x4e, 0x47]),
      );
      expect(Object.keys(files)).toContain(`events/${event.id}/index.html`);
    }
    expect(files["card.png"]).toEqual(new Uint8Array([0x89, 0x50, 0x4e, 0x47]));
    expect(rasteriseSvg).toHaveBeenCalledTimes(dataset.events.length + 1);
    expect(steps[0]).toEqual({ step: "files", done: 0, total: 0 });
    expect(steps).toContainEqual({ step: "files", done: 0, total: 2 });
    expect(steps).toContainEqual({ step: "cards", done: 0, total: dataset.events.length + 1 });
    expect(steps.at(-1)).toEqual({ step: "zip" });
  });

  it("writes a very large dataset's summaries, which its reading Worker kept, into its pages and data", async () => {
    serve(APP_FILES);
    const withSummary = dataset.events.find((event) => event.summary.length > 20);
    expect(withSummary).toBeDefined();
    const kept = withKeptSummaries(dataset);
    const zip = await makeSiteZip(kept, options, APP, new AbortController().signal, () => {});
    const files = unzipSync(zip.bytes);
    const page = strFromU8(files[`events/${withSummary?.id}/index.html`] as Uint8Array);
    expect(page).toContain(esc(withSummary?.summary ?? ""));
    const data = Object.entries(files).find(
      ([name]) => name.endsWith(".json") && name.includes("data"),
    );
    expect(data).toBeDefined();
    expect(strFromU8(data?.[1] as Uint8Array)).toContain(JSON.stringify(withSummary?.summary));
  });

  it("names the app file that could not be fetched", async () => {
    const { "assets/app.js": _gone, ...rest } = APP_FILES;
    serve(rest);
    await expect(make()).rejects.toThrow(
      "The app’s file assets/app.js could not be fetched (HTTP 404). Reload the page and try again",
    );
  });

  it("says a copy without a manifest cannot pack itself, and points to npm run publish", async () => {
    const { "publish-manifest.json": _gone, ...rest } = APP_FILES;
    serve(rest);
    await expect(make()).rejects.toThrow(
      "This copy of Sourceline has no list of its own files (publish-manifest.json), so it cannot pack itself into a site.",
    );
  });

  it("names the event whose card could not be drawn", async () => {
    serve(APP_FILES);
    // The site's own card is drawn first, then the events' in order.
    const firstEvent = dataset.events[0];
    rasteriseSvg
      .mockResolvedValueOnce(new Uint8Array([1]))
      .mockRejectedValueOnce(new Error("its picture could not be read"));
    await expect(make()).rejects.toThrow(
      `The preview card of “${firstEvent?.title}” could not be drawn (its picture could not be read). Nothing was downloaded`,
    );
  });

  it("refuses, in the loader's words, a timeline the site would not open", async () => {
    serve(APP_FILES);
    await expect(
      makeSiteZip({ ...dataset, events: [] }, options, APP, new AbortController().signal, () => {}),
    ).rejects.toThrow(
      "This timeline cannot be published yet: the site would not open it. It has no events. Mend what the editor marks, then try again.",
    );
    expect(fetch).not.toHaveBeenCalled();
  });
});
