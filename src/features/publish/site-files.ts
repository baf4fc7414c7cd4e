import { PUBLISHED_DATASET_URL } from "../../data/dataset-query";
import { toSourcelineJson } from "../../data/export/to-sourceline-json";
import { countOf } from "../../domain/count";
import { formatWhen } from "../../domain/dates";
import type { Dataset } from "../../domain/types";
import {
  eventPageHtml,
  EVENT_PAGE_SCRIPT,
  EVENT_PAGE_STYLESHEET,
  type SiteOptions,
} from "./event-page";
import { escapeMarkup as esc } from "./markup-escape";
import { trimAtWord, DESCRIPTION_LIMIT } from "./preview-text";
import { EVENT_PAGE_CSS, EVENT_PAGE_JS } from "./site-assets";
import { CARD_HEIGHT, CARD_WIDTH, eventCardSvg, siteCardSvg } from "./event-card";
import {
  eventCardPath,
  eventPagePath,
  eventPageUrl,
  SITE_CARD_PATH,
  siteCardUrl,
} from "./site-paths";

export { eventCardSvg, siteCardSvg, CARD_HEIGHT, CARD_WIDTH } from "./event-card";
export { eventPageHtml, type SiteOptions } from "./event-page";
export { DESCRIPTION_LIMIT, eventDescription, trimAtWord } from "./preview-text";
export {
  eventCardPath,
  eventCardUrl,
  eventPagePath,
  eventPageUrl,
  normaliseBaseUrl,
} from "./site-paths";

/** One file of a published site: its path inside the site and its content. */
export interface SiteFile {
  readonly path: string;
  readonly content: string | Uint8Array;
}

/** The meta tag that tells the app it runs in a published site, and at which address. */
export const SITE_MARKER_NAME = "sourceline-site";

/**
 * Where the site's dataset is written: the address the site's app opens when the link names no
 * other (it finds the marker), so the published dataset is what a visitor sees, the preload
 * fetches it early, and every `?event=` link works unchanged.
 */
export const SITE_DATASET_PATH = PUBLISHED_DATASET_URL.replace(/^\.\//, "");

/**
 * The site's front page: the built app's index.html with the dataset's own title, description and
 * preview tags, and the published-site marker the app reads (src/app/published-site.ts).
 */
export function siteIndexHtml(
  appIndexHtml: string,
  dataset: Dataset,
  options: SiteOptions,
): string {
  const description = trimAtWord(dataset.description || dataset.title, DESCRIPTION_LIMIT);
  const meta = (attribute: "name" | "property", key: string, value: string) =>
    `<meta ${attribute}="${key}" content="${esc(value)}" />`;
  const tags = [
    meta("name", "description", description),
    `<link rel="canonical" href="${esc(options.baseUrl)}" />`,
    meta("property", "og:type", "website"),
    meta("property", "og:site_name", dataset.title),
    meta("property", "og:title", dataset.title),
    meta("property", "og:description", description),
    meta("property", "og:url", options.baseUrl),
    meta("property", "og:image", siteCardUrl(options.baseUrl)),
    meta("property", "og:image:width", String(CARD_WIDTH)),
    meta("property", "og:image:height", String(CARD_HEIGHT)),
    meta(
      "property",
      "og:image:alt",
      `${dataset.title}: ${countOf(dataset.events.length, "event", "events")} on a timeline`,
    ),
    meta("name", "twitter:card", "summary_large_image"),
    `<link rel="sitemap" type="application/xml" href="./sitemap.xml" />`,
  ].map((tag) => `    ${tag}\n`);
  const withoutOwn = appIndexHtml
    // The app's own description and title speak of the built-in dataset: replaced, not doubled.
    .replace(/\s*<meta\s+name="description"[^>]*>/i, "")
    .replace(
      /<title>[\s\S]*?<\/title>/i,
      () => `<title>${esc(dataset.title)} · Sourceline</title>`,
    );
  const headEnd = withoutOwn.search(/<\/head>/i);
  if (headEnd < 0) throw new Error("The app's index.html has no </head>: is it the built app?");
  const titled = /<title>/i.test(withoutOwn)
    ? withoutOwn
    : `${withoutOwn.slice(0, headEnd)}    <title>${esc(dataset.title)} · Sourceline</title>\n${withoutOwn.slice(headEnd)}`;
  const end = titled.search(/<\/head>/i);
  const tagged = `${titled.slice(0, end)}${tags.join("")}  ${titled.slice(end)}`
    // The app's own line is for the built-in timeline: this site's says what it holds instead,
    // first in the body so it is on screen.
    .replace(/\s*<noscript>[\s\S]*?<\/noscript>/i, "")
    .replace(/<body[^>]*>/i, (body) => `${body}\n    ${frontPageNoscript(dataset)}`);
  // The marker opens the head, before preload-dataset.js runs: that script then fetches the
  // site's dataset alone (its texts are inline), not the built-in article the site does not carry.
  return tagged.replace(
    /<head>/i,
    (head) => `${head}\n    ${meta("name", SITE_MARKER_NAME, options.baseUrl)}`,
  );
}

/**
 * What the front page says without JavaScript (a reader with it off, a crawler): the timeline's
 * title and description and every event, dated, linking to its own page, which reads without it.
 */
export function frontPageNoscript(dataset: Dataset): string {
  const items = dataset.events.map(
    (event) =>
      `<li><a href="./events/${esc(encodeURIComponent(event.id))}/">${esc(event.title)}</a>, ${esc(formatWhen(event.when))}</li>`,
  );
  return [
    "<noscript>",
    `      <main class="site-noscript">`,
    `        <h1>${esc(dataset.title)}</h1>`,
    ...(dataset.description ? [`        <p>${esc(dataset.description)}</p>`] : []),
    "        <p>The interactive timeline needs JavaScript; every event also has a page of its own:</p>",
    "        <ol>",
    ...items.map((item) => `          ${item}`),
    "        </ol>",
    "      </main>",
    "    </noscript>",
  ].join("\n");
}

/** A preview card the site needs: where it goes, what names it in a message, and its SVG. */
export interface SiteCard {
  readonly path: string;
  /** "the site" or the event's title, for a message about a card that could not be drawn. */
  readonly name: string;
  readonly svg: () => string;
}

/** Every preview card of the site: its own, for the front page, then one per event. */
export function siteCards(dataset: Dataset): readonly SiteCard[] {
  return [
    { path: SITE_CARD_PATH, name: `the site “${dataset.title}”`, svg: () => siteCardSvg(dataset) },
    ...dataset.events.map((event) => ({
      path: eventCardPath(event.id),
      name: `“${event.title}”`,
      svg: () => eventCardSvg(dataset, event),
    })),
  ];
}

/** The sitemap: the site's root and every event page. */
export function sitemapXml(dataset: Dataset, options: SiteOptions): string {
  const urls = [
    options.baseUrl,
    ...dataset.events.map((event) => eventPageUrl(options.baseUrl, event.id)),
  ];
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...urls.map((url) => `  <url><loc>${esc(url)}</loc></url>`),
    "</urlset>",
    "",
  ].join("\n");
}

/** robots.txt that names the sitemap (a sitemap must be given by its full address). */
export function robotsTxt(options: SiteOptions): string {
  return `User-agent: *\nAllow: /\nSitemap: ${options.baseUrl}sitemap.xml\n`;
}

/** Every event's page, their stylesheet and script, the sitemap and robots.txt (no cards). */
export function sitePages(dataset: Dataset, options: SiteOptions): readonly SiteFile[] {
  return [
    ...dataset.events.map((event) => ({
      path: eventPagePath(event.id),
      content: eventPageHtml(dataset, event, options),
    })),
    { path: EVENT_PAGE_STYLESHEET, content: EVENT_PAGE_CSS },
    { path: EVENT_PAGE_SCRIPT, content: EVENT_PAGE_JS },
    { path: "sitemap.xml", content: sitemapXml(dataset, options) },
    { path: "robots.txt", content: robotsTxt(options) },
  ];
}

/**
 * The dataset as the site's app opens it (our own JSON, source texts inline so it stands alone),
 * and each source's text as a file of its own, for reading and citing.
 */
export function siteDataFiles(dataset: Dataset): readonly SiteFile[] {
  return [
    {
      path: SITE_DATASET_PATH,
      content: toSourcelineJson(dataset, dataset.events, dataset.initialWindow),
    },
    ...dataset.sources
      .filter((source) => source.text !== "")
      .map((source) => ({
        path: `sources/${encodeURIComponent(source.id)}.txt`,
        content: source.text,
      })),
  ];
}

/**
 * Everything of a site the pure code writes: the front page, the pages and the data. The app's
 * other built files and the PNG cards (drawn from eventCardSvg) are the caller's to add.
 */
export function siteFiles(
  appIndexHtml: string,
  dataset: Dataset,
  options: SiteOptions,
): readonly SiteFile[] {
  return [
    { path: "index.html", content: siteIndexHtml(appIndexHtml, dataset, options) },
    ...sitePages(dataset, options),
    ...siteDataFiles(dataset),
  ];
}
