import { describe, expect, it } from "vitest";
import { assembleSite } from "../../../src/features/publish/assemble-site";
import {
  eventCardPath,
  siteCards,
  siteIndexHtml,
  sitePages,
  type SiteFile,
} from "../../../src/features/publish/site-files";
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
const cardOf = (path: string) => new Uint8Array([0x89, path.length]);
const cards = new Map(siteCards(dataset).map(({ path }) => [path, cardOf(path)]));

const byPath = (files: readonly SiteFile[]) => new Map(files.map((file) => [file.path, file]));

describe("assembleSite", () => {
  it("keeps the app's own files and gives its index.html the dataset's preview tags", () => {
    const site = byPath(assembleSite(appFiles, dataset, options, cards));
    expect(site.get("assets/index-abc.js")?.content).toEqual(new Uint8Array([1, 2, 3]));
    expect(site.get("favicon.svg")?.content).toEqual(new Uint8Array([4]));
    expect(site.get("index.html")?.content).toBe(siteIndexHtml(APP_INDEX, dataset, options));
  });

  it("holds every page the CLI writes, the site's card and each event's card at its path", () => {
    const site = byPath(assembleSite(appFiles, dataset, options, cards));
    for (const page of sitePages(dataset, options)) {
      expect(site.get(page.path)?.content).toEqual(page.content);
    }
    expect(site.get("card.png")?.content).toEqual(cardOf("card.png"));
    for (const event of dataset.events) {
      const path = eventCardPath(event.id);
      expect(site.get(path)?.content).toEqual(cardOf(path));
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
    fewer.delete(eventCardPath(first.id));
    expect(() => assembleSite(appFiles, dataset, options, fewer)).toThrow(
      `The preview card of “${first.title}” is missing.`,
    );
  });

  it("refuses to make a site without its own card, naming the site", () => {
    const fewer = new Map(cards);
    fewer.delete("card.png");
    expect(() => assembleSite(appFiles, dataset, options, fewer)).toThrow(
      `The preview card of the site “${dataset.title}” is missing.`,
    );
  });

  it("refuses to make a site without the app's index.html", () => {
    expect(() => assembleSite(appFiles.slice(1), dataset, options, cards)).toThrow(
      "The app’s index.html is missing, so the site would not open.",
    );
  });
});
