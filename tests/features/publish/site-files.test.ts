import { defined } from "./page-tags";
import { describe, expect, it } from "vitest";
import type { Dataset, EventId, TimelineEvent } from "../../../src/domain/types";
import {
  eventCardPath,
  eventPageHtml,
  eventPagePath,
  eventPageUrl,
  normaliseBaseUrl,
  SITE_DATASET_PATH,
  SITE_MARKER_NAME,
  siteDataFiles,
  siteIndexHtml,
  sitemapXml,
  sitePages,
} from "../../../src/features/publish/site-files";
import { kabulDataset } from "../../fixtures/kabul";
import { formatWhen } from "../../../src/domain/dates";
import { PUBLISHED_SITE_MARKER } from "../../../src/app/published-site";
import { pageTags } from "./page-tags";

const BASE = "https://example.org/kabul/";
const options = { baseUrl: BASE };
const kabul = kabulDataset();
const lavrov = defined(kabul.events.find((event) => event.quotes.some((quote) => quote.speaker)));

function hostile(): { dataset: Dataset; event: TimelineEvent } {
  const event: TimelineEvent = {
    ...lavrov,
    title: 'He said "</script><script>alert(1)</script>" & left',
    summary: "<img src=x onerror=alert(1)>",
    quotes: lavrov.quotes.map((quote) => ({
      ...quote,
      exact: '"</title>"<b>bold</b>',
      speaker: "A & B",
    })),
  };
  const dataset: Dataset = {
    ...kabul,
    title: "Tom's <timeline>",
    sources: kabul.sources.map((source) => ({ ...source, url: "javascript:alert(1)" })),
    events: [event],
  };
  return { dataset, event };
}

describe("normaliseBaseUrl", () => {
  it("adds the trailing slash and keeps the path", () => {
    expect(normaliseBaseUrl(" https://example.org/a/b ")).toBe("https://example.org/a/b/");
    expect(normaliseBaseUrl("http://example.org")).toBe("http://example.org/");
  });
  it.each([
    ["", /empty/],
    ["example.org/timeline", /not an absolute address/],
    ["ftp://example.org/", /must start with https/],
    ["https://example.org/?a=1", /query/],
    ["https://user:pw@example.org/", /password/],
  ])("refuses %j with a message", (input, message) => {
    const result = normaliseBaseUrl(input);
    expect(typeof result).toBe("object");
    expect((result as { problem: string }).problem).toMatch(message);
  });
});

describe("paths", () => {
  it("names an event's page, card and address", () => {
    const id = "lavrov-press" as EventId;
    expect(eventPagePath(id)).toBe("events/lavrov-press/index.html");
    expect(eventCardPath(id)).toBe("events/lavrov-press/card.png");
    expect(eventPageUrl(BASE, id)).toBe("https://example.org/kabul/events/lavrov-press/");
  });
});

describe("eventPageHtml", () => {
  it("says a quotation that was moved or matched approximately, in words", () => {
    const [first, second] = lavrov.quotes;
    if (!first || !second) throw new Error("the event has fewer quotations");
    const event: TimelineEvent = {
      ...lavrov,
      quotes: [
        { ...first, anchoring: { status: "moved" } },
        { ...second, anchoring: { status: "approximate", errors: 3, score: 0.9, changes: [] } },
      ],
    };
    const html = eventPageHtml(kabul, event, options);
    expect(html).toContain('<p class="quote-status">Moved: same words, new place</p>');
    expect(html).toContain('<p class="quote-status">Approximate: 3 characters differ</p>');
    expect(eventPageHtml(kabul, lavrov, options)).not.toContain("quote-status");
  });

  it("has the link-preview tags of the event", () => {
    const page = pageTags(eventPageHtml(kabul, lavrov, options));
    const url = `${BASE}events/${lavrov.id}/`;
    expect(page.meta("og:title")).toBe(lavrov.title);
    expect(page.meta("og:url")).toBe(url);
    expect(page.canonical).toBe(url);
    expect(page.meta("og:image")).toBe(`${url}card.png`);
    expect(page.meta("og:image:width")).toBe("1200");
    expect(page.meta("og:image:height")).toBe("630");
    expect(page.meta("og:type")).toBe("article");
    expect(page.meta("og:site_name")).toBe(kabul.title);
    expect(page.meta("twitter:card")).toBe("summary_large_image");
    expect(page.meta("og:description")).toMatch(/^\d+(–\d+)? Aug 2021( \(inferred\))? · “/);
    expect(page.meta("description")).toBe(page.meta("og:description"));
    expect(defined(page.meta("og:description")).length).toBeLessThanOrEqual(200);
  });

  it("reads without JavaScript: title, date, basis, summary, every quotation and its source", () => {
    const html = eventPageHtml(kabul, lavrov, options);
    const page = pageTags(html);
    expect(html).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(page.byTag("h1")).toEqual([lavrov.title]);
    expect(page.byTag("main")).toHaveLength(1);
    expect(page.byTag("time")[0]).toMatch(/Aug 2021/);
    expect(page.byTag("p").join("\n")).toContain("How we know the date:");
    expect(page.byTag("blockquote")).toEqual(lavrov.quotes.map((quote) => quote.exact));
    expect(page.links).toContainEqual({
      text: "Open in the timeline",
      href: `../../?event=${lavrov.id}`,
    });
    expect(page.links.some((link) => link.text === "Original article")).toBe(true);
    expect(page.byTag("cite")[0]).toBe(defined(kabul.sources[0]).title);
    // The page's own script and style are files: the CSP allows no inline ones.
    expect(html).toContain(
      'http-equiv="Content-Security-Policy" content="default-src &#39;self&#39;',
    );
    expect(page.scripts.map((script) => script.attribs.src)).toEqual(["../../event-page.js"]);
    expect(page.byTag("style")).toEqual([]);
  });

  it("names an archived copy when the source has one", () => {
    const archived = {
      ...kabul,
      sources: kabul.sources.map((source) => ({
        ...source,
        archiveUrl: "https://web.archive.org/web/2021/x",
        archivedAt: "2021-08-20",
      })),
    };
    const page = pageTags(eventPageHtml(archived, lavrov, options));
    expect(page.links).toContainEqual({
      text: "Archived copy (2021-08-20)",
      href: "https://web.archive.org/web/2021/x",
    });
  });

  it("keeps untrusted titles and quotations as text, and links only to http(s)", () => {
    const { dataset, event } = hostile();
    const html = eventPageHtml(dataset, event, options);
    const page = pageTags(html);
    expect(page.scripts).toHaveLength(1);
    expect(page.byTag("h1")).toEqual([event.title]);
    expect(page.meta("og:title")).toBe(event.title);
    expect(page.byTag("title")[0]).toBe(`${event.title} · Tom's <timeline>`);
    expect(page.byTag("blockquote")[0]).toBe('"</title>"<b>bold</b>');
    expect(page.byTag("img")).toEqual([]);
    expect(page.links.every((link) => !link.href?.startsWith("javascript:"))).toBe(true);
  });
});

describe("siteIndexHtml", () => {
  const app = `<!doctype html>
<html lang="en">
  <head>
    <meta name="description" content="The app's own" />
    <title>Sourceline · The fall of Kabul, August 2021</title>
  </head>
  <body><div id="root"></div></body>
</html>`;

  it("adds the dataset's preview tags and the published-site marker", () => {
    const page = pageTags(siteIndexHtml(app, kabul, options));
    expect(page.meta("sourceline-site")).toBe(BASE);
    expect(page.meta("og:title")).toBe(kabul.title);
    expect(page.meta("og:url")).toBe(BASE);
    expect(page.meta("og:image")).toBe(`${BASE}card.png`);
    expect(page.meta("og:image:alt")).toBe(`${kabul.title}: 16 events on a timeline`);
    expect(page.meta("twitter:card")).toBe("summary_large_image");
    expect(page.meta("description")).toBe(kabul.description);
    expect(page.byTag("title")).toEqual([`${kabul.title} · Sourceline`]);
    expect(page.document.children.length).toBeGreaterThan(0);
  });

  it("lists every event, dated, with a link to its page, for a reader without JavaScript", () => {
    const html = siteIndexHtml(
      app.replace("<body>", "<body><noscript>Needs JS.</noscript>"),
      kabul,
      options,
    );
    expect(html).not.toContain("Needs JS.");
    // htmlparser2 reads a noscript's content as markup, as a browser without JavaScript does.
    const page = pageTags(html);
    expect(page.byTag("h1")).toEqual([kabul.title]);
    expect(page.links.map((link) => link.href)).toEqual(
      kabul.events.map((event) => `./events/${event.id}/`),
    );
    expect(page.byTag("li")[0]).toBe(
      `${defined(kabul.events[0]).title}, ${formatWhen(defined(kabul.events[0]).when)}`,
    );
  });

  it("escapes the dataset's title", () => {
    const { dataset } = hostile();
    const page = pageTags(siteIndexHtml(app, dataset, options));
    expect(page.meta("og:title")).toBe("Tom's <timeline>");
    expect(page.byTag("timeline")).toEqual([]);
  });
});

describe("sitemapXml and sitePages", () => {
  it("lists the root and every event page", () => {
    const xml = sitemapXml(kabul, options);
    const locs = [...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((match) => match[1]);
    expect(locs).toEqual([BASE, ...kabul.events.map((event) => eventPageUrl(BASE, event.id))]);
  });

  it("writes a page per event, their stylesheet and script, the sitemap and robots.txt", () => {
    const paths = sitePages(kabul, options).map((file) => file.path);
    expect(paths).toEqual([
      ...kabul.events.map((event) => eventPagePath(event.id)),
      "events/page.css",
      "event-page.js",
      "sitemap.xml",
      "robots.txt",
    ]);
    const robots = sitePages(kabul, options).find((file) => file.path === "robots.txt");
    expect(robots?.content).toContain(`Sitemap: ${BASE}sitemap.xml`);
  });

  it("writes the dataset where the app looks, with its source texts", () => {
    const files = siteDataFiles(kabul);
    expect(defined(files[0]).path).toBe(SITE_DATASET_PATH);
    expect(SITE_DATASET_PATH).toBe("datasets/timeline.json");
    const json = JSON.parse(defined(files[0]).content as string) as {
      sources: { text: string }[];
      events: unknown[];
    };
    expect(json.events).toHaveLength(kabul.events.length);
    expect(defined(json.sources[0]).text).toBe(defined(kabul.sources[0]).text);
    expect(files[1]).toEqual({
      path: `sources/${defined(kabul.sources[0]).id}.txt`,
      content: defined(kabul.sources[0]).text,
    });
  });
});

describe("the published-site marker", () => {
  it("is the one the app reads", () => {
    expect(SITE_MARKER_NAME).toBe(PUBLISHED_SITE_MARKER);
  });
});
