// The details a saved page states about itself, beside what Readability finds: its address and
// the date in its <time> element. Read before Readability runs, which changes the document.

/** The page's own address: `<link rel=canonical>`, else `og:url`, else `fallback`; http(s) only. */
export function pageAddress(document: Document, fallback?: string): string | undefined {
  const candidates = [
    document.querySelector('link[rel~="canonical" i]')?.getAttribute("href"),
    document.querySelector('meta[property="og:url" i]')?.getAttribute("content"),
    fallback,
  ];
  for (const candidate of candidates) {
    const address = httpAddress(candidate?.trim(), fallback);
    if (address) return address;
  }
  return undefined;
}

/** The address as written, when it is an absolute (or, against `base`, relative) http(s) one. */
function httpAddress(value: string | undefined, base: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value, base);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** The `datetime` of the article's `<time>` (its datePublished, else the first in an <article>). */
export function timeElementDate(document: Document): string | undefined {
  const time =
    document.querySelector('[itemprop="datePublished"][datetime]') ??
    document.querySelector("article time[datetime]");
  return time?.getAttribute("datetime")?.trim() || undefined;
}

/**
 * The calendar date a published time names, YYYY-MM-DD, as the page writes it (its own day, not
 * converted to UTC: "2021-08-19T23:30+04:30" is the 19th where it was published).
 */
export function publishedDate(value: string | undefined): string | undefined {
  const match = value?.trim().match(/^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/);
  if (!match) return undefined;
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls 2021-02-30 over to March; a date that rolls over was never a date.
  const real = date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real ? (match[0].slice(0, 10) as string) : undefined;
}

/** The address a browser wrote in a page it saved (`<!-- saved from url=(0042)https://… -->`). */
export function savedFromAddress(html: string): string | undefined {
  return html.slice(0, 2_000).match(/<!-- saved from url=\(\d+\)(\S+?) -->/)?.[1];
}
