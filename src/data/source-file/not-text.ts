import type { NotText } from "../sniff-bytes";

const SAVE_AS_UTF8 =
  "save it as UTF-8 text (in a text editor: Save As, encoding UTF-8) and open it";
const INSTEAD = "save the article as a web page (.html) or copy its text and paste it";

// What a file offered as a source is when it is not text, and what to do instead.
const REFUSALS: Readonly<Record<NotText, string>> = {
  gzip: `is gzip-compressed, not text: unpack it first, then open the file inside`,
  zip: `is a ZIP archive (or a Word or Excel file, which is one), not text: ${INSTEAD}`,
  pdf: `is a PDF document, not text: ${INSTEAD}`,
  "utf-32": `is UTF-32 text: ${SAVE_AS_UTF8}`,
  "utf-16le-without-bom": `is UTF-16 text without a byte order mark: ${SAVE_AS_UTF8}`,
  "utf-16be-without-bom": `is UTF-16 text without a byte order mark: ${SAVE_AS_UTF8}`,
  binary: `is not a text file (it holds zero bytes): ${INSTEAD}`,
};

/** The sentence refusing `name` as a source, for what its bytes are. */
export function notTextMessage(name: string, kind: NotText): string {
  return `${name} ${REFUSALS[kind]}.`;
}
