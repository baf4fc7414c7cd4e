// A STAND-IN for wt-publish-cli's module of the same name (issue 14 §2): take theirs on merge.
import type { Dataset, TimelineEvent } from "../../domain/types";

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const cut = (text: string, length: number) =>
  text.length <= length ? text : `${text.slice(0, length - 1)}…`;

/** An event's link-preview card as SVG, 1200×630. */
export function eventCardSvg(dataset: Dataset, event: TimelineEvent): string {
  const quote = event.quotes[0]?.exact ?? event.summary;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}">`,
    `<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="#f7f5f0"/>`,
    `<rect width="16" height="${CARD_HEIGHT}" fill="#1d4e89"/>`,
    `<g font-family="DejaVu Sans, Liberation Sans, Arial, sans-serif" fill="#1f2328">`,
    `<text x="72" y="130" font-size="52" font-weight="bold">${escape(cut(event.title, 34))}</text>`,
    `<text x="72" y="260" font-size="32" font-style="italic">“${escape(cut(quote, 60))}”</text>`,
    `<text x="72" y="560" font-size="28" fill="#57606a">${escape(cut(dataset.title, 60))} · Sourceline</text>`,
    `</g></svg>`,
  ].join("");
}
