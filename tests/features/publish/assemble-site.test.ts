import { describe, expect, it } from "vitest";
import { assembleSite } from "../../../src/features/publish/assemble-site";
import {
  eventCardPath,
  siteIndexHtml,
  sitePages,
  type SiteFile,
} from "../../../src/features/publish/site-files";
import type { EventId } from "../../../src/domain/types";
import { kabulDataset } from "../../fixtures/kabul";

const dataset = kabulDataset();
const options = { baseUrl: "https://example.org/kabul/" };
const APP_INDEX =
  '<!doctype html><html lang="en"><head><meta charset="UTF-8" /><title>Sourceline</title></head><body><div id="root"></div></body></html>';
const appFiles: readonly SiteFile[] = [
  { path: "index.html", content: APP_INDEX },
  { path: "assets/index-abc.js", content: new Uint8Array([1, 2, 3]) },
  { path: "favicon.svg", content: new Uint8Array([4]) },
];
const cardOf = (id: EventId) => new Uint8Array([0x89, id.length]);
const cards = new Map(dataset.events.map((event) => [event.id, cardOf(event.id)]));

const byPath = (files: readonly SiteFile[]) => new Map(files.map((file) => [file.path, file]));

describe("assembleSite", () => {
  it("keeps the app's own files and gives its index.html the dataset's preview tags", () => {
    const site = byPath(assembleSite(appFiles, dataset, options, cards));
    expect(site.get("assets/index-abc.js")?.content).toEqual(new Uint8Array([1, 2, 3]));
    expect(site.get("favicon.svg")?.content).toEqual(new Uint8Array([4]));
    expect(site.get("index.html")?.content).toBe(siteIndexHtml(APP_INDEX, dataset, options));
  });

  it("holds every page the CLI writes, and each event's card at its path", () => {
    const site = byPath(assembleSite(appFiles, dataset, options, cards));
    for (const page of sitePages(dataset, options)) {
      expect(site.get(page.path)?.content).toEqual(page.content);
    }
    for (const event of dataset.events) {
      expect(site.get(eventCardPath(event.id))?.content).toEqual(cardOf(event.id));
    }
  });

  it("writes each path once", () => {
    const paths = assembleSite(appFiles, dataset, options, cards).map((file) => file.path);
    expect(new Set(paths).size).toBe(paths.length);
  });

  it("refuses to make a site without an event's card, naming the event", () => {
    const first = dataset.events[0];
    if (!first) throw new Error("the fixture has events");
    const fewer = new Map(cards);
    fewer.delete(first.id);
    expect(() => assembleSite(appFiles, dataset, options, fewer)).toThrow(
      `The preview card of “${first.title}” is missing.`,
    );
  });

  it("refuses to make a site without the app's index.html", () => {
    expect(() => assembleSite(appFiles.slice(1), dataset, options, cards)).toThrow(
      "The app’s index.html is missing, so the site would not open.",
    );
  });
});
