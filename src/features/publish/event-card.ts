import { countOf } from "../../domain/count";
import { formatAtPrecision, formatWhen } from "../../domain/dates";
import type { Dataset, TimelineEvent } from "../../domain/types";
import { escapeMarkup as esc } from "./markup-escape";
import { wrapText } from "./text-wrap";

/** A link preview card's size: what og:image readers (chat apps, social sites) show large. */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

const FONTS = "'DejaVu Sans', 'Liberation Sans', Arial, sans-serif";
const MARGIN = 72;
const TEXT_WIDTH = CARD_WIDTH - 2 * MARGIN;

interface Block {
  readonly lines: readonly string[];
  readonly size: number;
  readonly fill: string;
  readonly weight?: "bold";
  readonly style?: "italic";
  /** Space above the block's first line, beyond the line height. */
  readonly gap: number;
}

/**
 * An event's preview card as SVG, 1200×630: the dataset's title, the event's title and date, its
 * first quotation and where it comes from. Text is wrapped by an estimate of its width and cut
 * with "…", so nothing runs off the card; light on dark for contrast at thumbnail size.
 */
export function eventCardSvg(dataset: Dataset, event: TimelineEvent): string {
  const quote = event.quotes[0];
  const source = quote && dataset.sources.find((candidate) => candidate.id === quote.sourceId);
  const credit = [quote?.speaker, source?.publisher || source?.title].filter(Boolean).join(", ");
  const wrap = (text: string, size: number, maxLines: number, bold = false) =>
    wrapText(text, { width: TEXT_WIDTH, fontSize: size, maxLines, bold });
  const titleLines = wrap(event.title, 54, 2, true);
  const blocks: Block[] = [
    { lines: wrap(dataset.title, 26, 1), size: 26, fill: "#c8d3e2", gap: 0 },
    { lines: titleLines, size: 54, fill: "#ffffff", weight: "bold", gap: 18 },
    {
      lines: wrap(formatWhen(event.when), 30, 1, true),
      size: 30,
      fill: "#ffd37a",
      weight: "bold",
      gap: 8,
    },
  ];
  const quoteText = quote?.exact.trim() || event.summary;
  if (quoteText) {
    // Fewer quotation lines when the title took two, so the credit always has its place.
    const maxLines = titleLines.length > 1 ? 3 : 4;
    const lines = wrap(quote ? `“${quoteText}”` : quoteText, 32, maxLines);
    blocks.push({ lines, size: 32, fill: "#eef2f7", style: quote ? "italic" : undefined, gap: 22 });
  }
  return cardSvg(blocks, credit ? `— ${credit}` : "");
}

/**
 * The site's own card, for its front page: the timeline's title, its span of dates and number of
 * events, its description, and who its sources are.
 */
export function siteCardSvg(dataset: Dataset): string {
  const wrap = (text: string, size: number, maxLines: number, bold = false) =>
    wrapText(text, { width: TEXT_WIDTH, fontSize: size, maxLines, bold });
  const { events } = dataset;
  const span = spanOf(events);
  const titleLines = wrap(dataset.title || "Untitled timeline", 54, 3, true);
  const blocks: Block[] = [
    { lines: [countOf(events.length, "event", "events")], size: 26, fill: "#c8d3e2", gap: 0 },
    { lines: titleLines, size: 54, fill: "#ffffff", weight: "bold", gap: 18 },
  ];
  if (span) {
    blocks.push({
      lines: wrap(span, 30, 1, true),
      size: 30,
      fill: "#ffd37a",
      weight: "bold",
      gap: 8,
    });
  }
  if (dataset.description) {
    const lines = wrap(dataset.description, 32, titleLines.length > 1 ? 2 : 4);
    blocks.push({ lines, size: 32, fill: "#eef2f7", gap: 22 });
  }
  const publishers = [
    ...new Set(dataset.sources.map((source) => source.publisher || source.title).filter(Boolean)),
  ];
  const credit = publishers.length
    ? `Sources: ${publishers.slice(0, 3).join(", ")}${publishers.length > 3 ? ` and ${publishers.length - 3} more` : ""}`
    : "";
  return cardSvg(blocks, credit);
}

/**
 * From the earliest start to the latest end, each at its own precision: "2001 – 19 Aug 2021".
 * Whole events' dates ("2001–2021 (approximate, inferred)") would say more than the span means.
 */
function spanOf(events: readonly TimelineEvent[]): string {
  const [head] = events;
  if (!head) return "";
  let first = head.when;
  let last = first;
  for (const { when } of events) {
    if (when.start < first.start) first = when;
    if ((when.end ?? when.start) > (last.end ?? last.start)) last = when;
  }
  const from = formatAtPrecision(first.start, first.precision);
  const to = formatAtPrecision(last.end ?? last.start, last.precision);
  if (from === to) return from;
  // Tight between two years ("2001–2021"), spaced when a side has words, as the app writes ranges.
  return /^\d+$/.test(from) && /^\d+$/.test(to) ? `${from}–${to}` : `${from} – ${to}`;
}

/** Draws the blocks down the card, the credit and the name at its foot. */
function cardSvg(blocks: readonly Block[], credit: string): string {
  let y = MARGIN;
  const texts = blocks.map((block) => {
    y += block.gap;
    const lineHeight = Math.round(block.size * 1.25);
    const tspans = block.lines.map((line) => {
      y += lineHeight;
      return `<tspan x="${MARGIN}" y="${y - Math.round(block.size * 0.25)}">${esc(line)}</tspan>`;
    });
    const weight = block.weight ? ` font-weight="${block.weight}"` : "";
    const style = block.style ? ` font-style="${block.style}"` : "";
    return `  <text font-size="${block.size}" fill="${block.fill}"${weight}${style}>${tspans.join("")}</text>`;
  });
  // Narrower than the text, so the credit never runs into the name at the right.
  const footer = credit
    ? (wrapText(credit, { width: TEXT_WIDTH - 200, fontSize: 26, maxLines: 1 })[0] ?? "")
    : "";
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}" font-family="${FONTS}">`,
    `  <rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="#12233a"/>`,
    `  <rect width="16" height="${CARD_HEIGHT}" fill="#ffd37a"/>`,
    ...texts,
    footer
      ? `  <text x="${MARGIN}" y="${CARD_HEIGHT - 60}" font-size="26" fill="#c8d3e2">${esc(footer)}</text>`
      : "",
    `  <text x="${CARD_WIDTH - MARGIN}" y="${CARD_HEIGHT - 60}" font-size="24" font-weight="bold" fill="#ffd37a" text-anchor="end">Sourceline</text>`,
    "</svg>",
    "",
  ]
    .filter((line) => line !== "")
    .join("\n");
}
