import { BUILT_IN_DATASET_URL, PUBLISHED_DATASET_URL } from "../data/dataset-query";
import type { EventId } from "../domain/types";

/** The meta tag a published site's index.html carries (see src/features/publish/site-files.ts). */
export const PUBLISHED_SITE_MARKER = "sourceline-site";

/**
 * The published site's base address ("https://…/", ending in "/") when this page is one, read
 * from its marker; undefined anywhere else, or when the marker is not an http(s) address.
 */
export function publishedSiteBase(doc: Document = document): string | undefined {
  const content = doc
    .querySelector(`meta[name="${PUBLISHED_SITE_MARKER}"]`)
    ?.getAttribute("content")
    ?.trim();
  if (!content) return undefined;
  try {
    const url = new URL(content);
    if (url.protocol !== "https:" && url.protocol !== "http:") return undefined;
    return `${url.origin}${url.pathname.endsWith("/") ? url.pathname : `${url.pathname}/`}`;
  } catch {
    return undefined;
  }
}

/**
 * The dataset a link that names none opens: a published site's own (public/preload-dataset.js
 * reads the marker the same way), anywhere else the built-in one.
 */
export function defaultDatasetUrl(doc: Document = document): string {
  return doc.querySelector(`meta[name="${PUBLISHED_SITE_MARKER}"]`)
    ? PUBLISHED_DATASET_URL
    : BUILT_IN_DATASET_URL;
}

/**
 * The address to share for what is shown: in a published site, the selected event's own page
 * (it previews as that event and opens it); otherwise, or with no event selected, the app's.
 */
export function sharedAddress(
  appAddress: string,
  selectedId: EventId | undefined,
  doc: Document = document,
): string {
  const base = publishedSiteBase(doc);
  if (base === undefined || selectedId === undefined) return appAddress;
  return `${base}events/${encodeURIComponent(selectedId)}/`;
}
