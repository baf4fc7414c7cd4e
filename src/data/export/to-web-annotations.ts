import { linkHost } from "../../domain/link-host";
import { quoteStatusLabel } from "../../domain/quote-status";
import type { Dataset, Quote, Source, TimelineEvent } from "../../domain/types";
import { stableUuid } from "./annotation-id";
import { isoAtPrecision } from "./iso-at-precision";
import { jsonText } from "./json-text";

export const ANNOTATION_CONTEXT = "http://www.w3.org/ns/anno.jsonld";

/** One annotation as written: a body of text, a target that is an address or selects in one. */
interface WebAnnotation {
  readonly "@context": typeof ANNOTATION_CONTEXT;
  readonly id: string;
  readonly type: "Annotation";
  readonly motivation: "quoting" | "describing";
  readonly body: readonly Readonly<Record<string, string>>[];
  readonly target: string | Readonly<Record<string, unknown>>;
}

/**
 * The shown events as W3C Web Annotations (https://www.w3.org/TR/annotation-model/), one per
 * quotation, in an AnnotationCollection: each targets its source's words with a
 * TextQuoteSelector (exact, prefix, suffix) and a TextPositionSelector, and has the event as its
 * body. Quotations whose words are not in the source's text, and events that only cite a page,
 * are "describing" annotations of the page with no selector: nothing in them claims words that
 * were not checked. Each annotation carries its own `@context`, so it stands alone when taken out.
 */
export function toWebAnnotations(dataset: Dataset, events: readonly TimelineEvent[]): string {
  const sources = new Map(dataset.sources.map((source) => [source.id, source]));
  const items = events.flatMap((event) => annotationsOf(event, sources));
  const collection = stableUuid(["collection", dataset.title, ...items.map((item) => item.id)]);
  const document = {
    "@context": ANNOTATION_CONTEXT,
    id: collection,
    type: "AnnotationCollection",
    label: dataset.title,
    total: items.length,
    generator: GENERATOR,
    first: {
      id: stableUuid(["page", collection]),
      type: "AnnotationPage",
      startIndex: 0,
      items,
    },
  };
  return jsonText(document, events.length);
}

// We know which program wrote the file, not who made the timeline: the dataset names no author,
// so there is no `creator`; and no `created`, so exporting the same events twice gives one file.
const GENERATOR = { type: "Software", name: "Sourceline" } as const;

function annotationsOf(
  event: TimelineEvent,
  sources: ReadonlyMap<string, Source>,
): WebAnnotation[] {
  const quoted = event.quotes.flatMap((quote, index) => {
    const source = sources.get(quote.sourceId);
    return source && linkHost(source.url) ? [quoting(event, quote, index, source)] : [];
  });
  const cited = event.citation?.url;
  if (event.quotes.length > 0 || !cited || !linkHost(cited)) return quoted;
  return [
    {
      "@context": ANNOTATION_CONTEXT,
      id: stableUuid(["citation", event.id, cited]),
      type: "Annotation",
      motivation: "describing",
      body: [eventBody(event)],
      target: cited,
    },
  ];
}

function quoting(event: TimelineEvent, quote: Quote, index: number, source: Source): WebAnnotation {
  const id = stableUuid(["quote", event.id, source.url, String(index), quote.exact]);
  if (quote.missing) {
    // The words were looked for and are not there: the event still tells of this page, but
    // the file must not pass the words off as a quotation of it.
    return {
      "@context": ANNOTATION_CONTEXT,
      id,
      type: "Annotation",
      motivation: "describing",
      body: [eventBody(event), notFound(quote)],
      target: { source: source.url, ...archiveOf(source) },
    };
  }
  const { prefix, suffix } = quote;
  // A selector names the words the document holds: for an approximate match, the source's words
  // where the quotation now stands, and a comment says how it was quoted and that it differs.
  const approximate = quote.anchoring?.status === "approximate";
  const exact = approximate ? source.text.slice(quote.start, quote.end) : quote.exact;
  const { start, end } = codePointRange(source.text, quote);
  const status = statusNote(quote);
  return {
    "@context": ANNOTATION_CONTEXT,
    id,
    type: "Annotation",
    motivation: "quoting",
    body: status ? [eventBody(event), status] : [eventBody(event)],
    target: {
      source: source.url,
      selector: [
        {
          type: "TextQuoteSelector",
          exact,
          ...(prefix ? { prefix } : {}),
          ...(suffix ? { suffix } : {}),
        },
        { type: "TextPositionSelector", start, end },
      ],
      ...archiveOf(source),
    },
  };
}

/**
 * The event as the annotation's body: its title as the text, and its id and dates in
 * schema.org's words (the annotation context's `schema:` prefix), each date an ISO date only as
 * long as its precision: "2021-08" for an event known to the month.
 */
/**
 * The model counts a text position in characters (code points); our offsets count UTF-16 code
 * units, as JavaScript does, so they differ after any character beyond the BMP (an emoji, say).
 */
function codePointRange(text: string, { start, end }: Quote) {
  if (!ASTRAL.test(text.slice(0, end))) return { start, end };
  const before = [...text.slice(0, start)].length;
  return { start: before, end: before + [...text.slice(start, end)].length };
}

const ASTRAL = /[\uD800-\uDBFF][\uDC00-\uDFFF]/;

function eventBody(event: TimelineEvent) {
  const { start, end, precision, approximate } = event.when;
  return {
    type: "TextualBody",
    purpose: "describing",
    format: "text/plain",
    value: event.title,
    "schema:identifier": event.id,
    "schema:startDate": isoAtPrecision(start, precision),
    ...(end === undefined ? {} : { "schema:endDate": isoAtPrecision(end, precision) }),
    ...(approximate ? { "schema:description": `Approximate date. ${event.when.note}`.trim() } : {}),
  };
}

/**
 * What a quotation that is not exact says of itself (see quote-status.ts): moved, the same
 * words found at a new place in a changed text; approximate, the closest words, which differ.
 */
function statusNote(quote: Quote) {
  const { anchoring } = quote;
  if (!anchoring) return undefined;
  const value =
    anchoring.status === "moved"
      ? `${quoteStatusLabel(quote)}: the source's text has changed, and these words were found again at a new place in it.`
      : `${quoteStatusLabel(quote)}: quoted as “${quote.exact}”; the source's text now reads as selected here.`;
  return { type: "TextualBody", purpose: "commenting", format: "text/plain", value };
}

function notFound(quote: Quote) {
  return {
    type: "TextualBody",
    purpose: "commenting",
    format: "text/plain",
    value: `Quoted as “${quote.exact}”, but these words are not in the saved text of the source.`,
  };
}

/**
 * The archived copy: a TimeState when the day it was taken is known (the model asks a TimeState
 * for a time, and we know only the day, so the state spans that day); else schema.org's
 * `archivedAt`, which names the copy without a time.
 */
function archiveOf({ archiveUrl, archivedAt }: Source) {
  if (!archiveUrl) return {};
  if (!archivedAt) return { "schema:archivedAt": archiveUrl };
  return {
    state: {
      type: "TimeState",
      cached: archiveUrl,
      sourceDateStart: `${archivedAt}T00:00:00Z`,
      sourceDateEnd: `${archivedAt}T23:59:59Z`,
    },
  };
}
