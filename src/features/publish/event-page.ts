import { quoteStatus, quoteStatusLabel } from "../../domain/quote-status";
import { basisStatement } from "../../domain/basis";
import { formatIsoInstant, formatWhen } from "../../domain/dates";
import type { Dataset, Quote, Source, TimelineEvent } from "../../domain/types";
import { CONTENT_SECURITY_POLICY } from "./content-security-policy";
import { CARD_HEIGHT, CARD_WIDTH } from "./event-card";
import { escapeMarkup as esc, webAddress } from "./markup-escape";
import { eventDescription } from "./preview-text";
import { eventCardUrl, eventPageUrl } from "./site-paths";

export interface SiteOptions {
  /** Absolute http(s), normalised to end in "/" (see normaliseBaseUrl). */
  readonly baseUrl: string;
}

/** Where a page's scripts and styles live, relative to an event page (events/<id>/). */
export const EVENT_PAGE_STYLESHEET = "events/page.css";
export const EVENT_PAGE_SCRIPT = "event-page.js";

/**
 * An event's own page: readable without JavaScript (title, date, summary, every quotation and its
 * source), with the tags a link preview reads; with JavaScript, event-page.js opens the app there.
 */
export function eventPageHtml(
  dataset: Dataset,
  event: TimelineEvent,
  options: SiteOptions,
): string {
  const url = eventPageUrl(options.baseUrl, event.id);
  const description = eventDescription(event);
  const appLink = `../../?event=${encodeURIComponent(event.id)}`;
  const sources = new Map(dataset.sources.map((source) => [source.id, source]));
  const meta = (attribute: "name" | "property", key: string, value: string) =>
    `    <meta ${attribute}="${key}" content="${esc(value)}" />`;
  return [
    "<!doctype html>",
    '<html lang="en">',
    "  <head>",
    '    <meta charset="UTF-8" />',
    `    <meta http-equiv="Content-Security-Policy" content="${esc(CONTENT_SECURITY_POLICY)}" />`,
    '    <meta name="viewport" content="width=device-width, initial-scale=1" />',
    '    <meta name="color-scheme" content="light dark" />',
    `    <title>${esc(event.title)} · ${esc(dataset.title)}</title>`,
    meta("name", "description", description),
    `    <link rel="canonical" href="${esc(url)}" />`,
    meta("property", "og:type", "article"),
    meta("property", "og:site_name", dataset.title),
    meta("property", "og:title", event.title),
    meta("property", "og:description", description),
    meta("property", "og:url", url),
    meta("property", "og:image", eventCardUrl(options.baseUrl, event.id)),
    meta("property", "og:image:width", String(CARD_WIDTH)),
    meta("property", "og:image:height", String(CARD_HEIGHT)),
    meta("property", "og:image:alt", `${event.title}, ${formatWhen(event.when)}`),
    meta("name", "twitter:card", "summary_large_image"),
    meta("name", "twitter:title", event.title),
    meta("name", "twitter:description", description),
    `    <link rel="icon" href="../../favicon.svg" type="image/svg+xml" />`,
    `    <link rel="stylesheet" href="../page.css" />`,
    // Deferred, from the site itself: the CSP allows no inline script.
    `    <script src="../../${EVENT_PAGE_SCRIPT}" defer></script>`,
    "  </head>",
    "  <body>",
    "    <main>",
    `      <p class="site"><a href="../../">${esc(dataset.title)}</a></p>`,
    "      <article>",
    `        <h1>${esc(event.title)}</h1>`,
    `        <p class="when"><time datetime="${esc(formatIsoInstant(event.when.start))}">${esc(formatWhen(event.when, { withBasis: false }))}</time>${event.displayDate ? ` (“${esc(event.displayDate)}”)` : ""}</p>`,
    `        <p class="basis"><strong>How we know the date:</strong> ${esc(basisStatement(event.when))}</p>`,
    event.summary ? `        <p class="summary">${esc(event.summary)}</p>` : "",
    event.quotes.length > 0 ? quotationsHtml(event.quotes, sources) : citationHtml(event),
    `        <p class="open"><a href="${esc(appLink)}" data-sourceline-open>Open in the timeline</a></p>`,
    "      </article>",
    "    </main>",
    "  </body>",
    "</html>",
    "",
  ]
    .filter((line) => line !== "")
    .join("\n");
}

function quotationsHtml(quotes: readonly Quote[], sources: ReadonlyMap<string, Source>): string {
  const items = quotes.map((quote) => {
    const source = sources.get(quote.sourceId);
    const status = quoteStatus(quote);
    const missing = quote.missing
      ? '<p class="missing">Not found in the source: these words are not in the saved text.</p>'
      : "";
    // Moved or approximate is said; exact, what every quotation should be, goes without saying.
    const anchoring =
      status === "moved" || status === "approximate"
        ? `            <p class="quote-status">${esc(quoteStatusLabel(quote))}</p>`
        : "";
    return [
      '          <li class="quote">',
      missing,
      `            <blockquote><p>${esc(quote.exact)}</p></blockquote>`,
      anchoring,
      `            <p class="quote-source">— ${quote.speaker ? esc(quote.speaker) : "narration"}${source ? `, ${sourceHtml(source)}` : ""}</p>`,
      "          </li>",
    ]
      .filter((line) => line !== "")
      .join("\n");
  });
  return [
    '        <section aria-labelledby="quotations">',
    '          <h2 id="quotations">In the source’s words</h2>',
    "          <ol>",
    ...items,
    "          </ol>",
    "        </section>",
  ].join("\n");
}

function sourceHtml(source: Source): string {
  const original = webAddress(source.url);
  const archive = webAddress(source.archiveUrl);
  const parts = [
    source.publisher ? esc(source.publisher) : "",
    `<cite>${esc(source.title)}</cite>`,
    source.publishedAt ? esc(source.publishedAt) : "",
  ].filter(Boolean);
  const links = [
    original ? `<a href="${esc(original)}">Original article</a>` : "",
    archive
      ? `<a href="${esc(archive)}">Archived copy${source.archivedAt ? ` (${esc(source.archivedAt)})` : ""}</a>`
      : "",
  ].filter(Boolean);
  return [parts.join(", "), ...links].join(" · ");
}

function citationHtml(event: TimelineEvent): string {
  const citation = event.citation;
  if (!citation)
    return '        <p class="no-source">No source text is attached to this event.</p>';
  const link = webAddress(citation.url);
  const title = esc(citation.title || citation.url);
  return [
    '        <section aria-labelledby="cited">',
    '          <h2 id="cited">What it cites</h2>',
    `          <p>${link ? `<a href="${esc(link)}">${title}</a>` : title}${citation.credit ? ` — ${esc(citation.credit)}` : ""}</p>`,
    "        </section>",
  ].join("\n");
}
