import { formatCount } from "../domain/count";
import type { DatasetWarning } from "../domain/types";
import { toWellFormedText } from "../domain/well-formed-text";

/**
 * The longest each text field may be, in UTF-16 code units. Generous for real data (a title is a
 * line, a summary a few paragraphs, a quotation a passage), small enough that one field can never
 * freeze the page: a 40 MB title took the page 30–97 s to draw. A longer value is cut, with a
 * notice naming the field; only a source text, which quotations point into, is refused instead.
 */
export const FIELD_CAPS = {
  datasetTitle: 1_000,
  datasetDescription: 100_000,
  sourceTitle: 1_000,
  publisher: 1_000,
  /** A long article or a day's transcript is well under 1 MB; 5 MB is several books. */
  sourceText: 5_000_000,
  eraTitle: 1_000,
  eventTitle: 1_000,
  summary: 100_000,
  kind: 100,
  actor: 500,
  group: 200,
  displayDate: 200,
  dateNote: 10_000,
  citationTitle: 1_000,
  citationCredit: 1_000,
  /** Browsers take longer addresses, but no real page has one. */
  address: 8_000,
  quotation: 50_000,
  /** Only the words next to the quotation help re-anchor it. */
  context: 1_000,
  speaker: 500,
} as const;

/** Where a field is, written only when there is something to say about it. */
export type FieldAt = () => string;

/**
 * The value, well formed (a lone surrogate becomes U+FFFD, the length kept) and cut to `cap` with
 * a notice that names the field. `keep: "end"` keeps the end instead (a prefix's words next to its
 * quotation).
 */
export function fitText(
  value: string,
  cap: number,
  at: FieldAt,
  notices: DatasetWarning[],
  keep: "start" | "end" = "start",
): string {
  if (value.length > cap) {
    notices.push(cutNotice(at(), value.length, cap, keep));
    value = keep === "start" ? value.slice(0, cap) : value.slice(-cap);
  }
  return toWellFormedText(value);
}

/** The notice for a field cut to `cap`. */
export function cutNotice(
  at: string,
  length: number,
  cap: number,
  keep: "start" | "end" = "start",
): DatasetWarning {
  return {
    kind: "cut",
    text: `${at}: is ${formatCount(length)} characters long; only its ${keep === "start" ? "first" : "last"} ${formatCount(cap)} are kept: shorten it in the file`,
  };
}

/** The address, or "" with a notice when it is too long to be a real one (cut, it would be wrong). */
export function fitAddress(value: string, at: FieldAt, notices: DatasetWarning[]): string {
  if (value.length <= FIELD_CAPS.address) return value;
  notices.push({
    kind: "cut",
    text: `${at()}: is ${formatCount(value.length)} characters long, too long for an address; it is left out: give the page's address`,
  });
  return "";
}
