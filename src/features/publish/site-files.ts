// A STAND-IN for wt-publish-cli's module of the same name (issue 14 §2), written to its agreed
// signatures so this branch builds and its zip can be tested: on merging wt-publish-cli, take
// theirs whole.
import type { Dataset, EventId, TimelineEvent } from "../../domain/types";

export interface SiteFile {
  readonly path: string;
  readonly content: string | Uint8Array;
}
export interface SiteOptions {
  readonly baseUrl: string;
}

/** The site's address made canonical (absolute http(s), ending in "/"), or what is wrong. */
export function normaliseBaseUrl(input: string): string | { problem: string } {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return {
      problem: `“${input}” is not an address: write it in full, such as https://example.org/kabul/.`,
    };
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    return { problem: "The address must start with https:// (or http://)." };
  }
  url.search = "";
  url.hash = "";
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

export const eventPagePath = (id: EventId) => `events/${id}/index.html`;
export const eventCardPath = (id: EventId) => `events/${id}/card.png`;
export const eventPageUrl = (baseUrl: string, id: EventId) => `${baseUrl}events/${id}/`;

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const meta = (key: "property" | "name", name: string, content: string) =>
  `<meta ${key}="${name}" content="${escape(content)}" />`;

export function eventPageHtml(dataset: Dataset, event: TimelineEvent, options: SiteOptions) {
  const url = eventPageUrl(options.baseUrl, event.id);
  return [
    '<!doctype html><html lang="en"><head><meta charset="UTF-8" />',
    `<title>${escape(event.title)} · ${escape(dataset.title)}</title>`,
    meta("property", "og:title", event.title),
    meta("property", "og:url", url),
    meta("property", "og:image", `${options.baseUrl}${eventCardPath(event.id)}`),
    meta("name", "twitter:card", "summary_large_image"),
    `<link rel="canonical" href="${escape(url)}" />`,
    `</head><body><main><h1>${escape(event.title)}</h1><p>${escape(event.summary)}</p>`,
    `<p><a href="../../?event=${event.id}">Open in the timeline</a></p></main></body></html>`,
  ].join("\n");
}

export function siteIndexHtml(appIndexHtml: string, dataset: Dataset, options: SiteOptions) {
  const tags = [
    meta("property", "og:title", dataset.title),
    meta("property", "og:url", options.baseUrl),
    meta("name", "sourceline-site", options.baseUrl),
  ].join("");
  return appIndexHtml.replace("</head>", `${tags}</head>`);
}

export function sitemapXml(dataset: Dataset, options: SiteOptions) {
  const urls = [options.baseUrl, ...dataset.events.map((e) => eventPageUrl(options.baseUrl, e.id))];
  const entries = urls.map((url) => `<url><loc>${escape(url)}</loc></url>`).join("");
  return `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${entries}</urlset>\n`;
}

export function sitePages(dataset: Dataset, options: SiteOptions): readonly SiteFile[] {
  return [
    ...dataset.events.map((event) => ({
      path: eventPagePath(event.id),
      content: eventPageHtml(dataset, event, options),
    })),
    { path: "sitemap.xml", content: sitemapXml(dataset, options) },
  ];
}
