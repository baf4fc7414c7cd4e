import type { EventId } from "../../domain/types";

/**
 * A base address as a published site needs it: absolute http(s), no query or fragment, ending
 * in "/" so that page addresses can be appended; or the problem with it, in words.
 */
export function normaliseBaseUrl(input: string): string | { problem: string } {
  const text = input.trim();
  if (text === "")
    return {
      problem:
        "The base URL is empty: give the address the site will live at, e.g. https://example.org/timeline/.",
    };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return {
      problem: `The base URL “${text}” is not an absolute address: start it with https:// (e.g. https://example.org/timeline/).`,
    };
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    return {
      problem: `The base URL “${text}” must start with https:// or http://, not ${url.protocol}.`,
    };
  }
  if (url.search !== "" || url.hash !== "") {
    return {
      problem: `The base URL “${text}” must not have a query (?…) or fragment (#…): link previews need one address per page.`,
    };
  }
  if (url.username !== "" || url.password !== "") {
    return { problem: `The base URL “${text}” must not carry a user name or password.` };
  }
  const path = url.pathname.endsWith("/") ? url.pathname : `${url.pathname}/`;
  return `${url.origin}${path}`;
}

/** Where an event's page is written in the site. */
export function eventPagePath(id: EventId): string {
  return `events/${encodeURIComponent(id)}/index.html`;
}

/** Where an event's preview card is written in the site. */
export function eventCardPath(id: EventId): string {
  return `events/${encodeURIComponent(id)}/card.png`;
}

/** An event page's public address: the one link previews and Copy link use. */
export function eventPageUrl(baseUrl: string, id: EventId): string {
  return `${baseUrl}events/${encodeURIComponent(id)}/`;
}

/** An event card's public address. */
export function eventCardUrl(baseUrl: string, id: EventId): string {
  return `${baseUrl}${eventCardPath(id)}`;
}

/** Where the site's own preview card (its front page's) is written, and its address. */
export const SITE_CARD_PATH = "card.png";
export function siteCardUrl(baseUrl: string): string {
  return `${baseUrl}${SITE_CARD_PATH}`;
}
