// Up to this many events an export is indented, for people who open it to read or edit; past it
// the file is written compact: indenting 100,000 events nearly doubles the file (79 against 43 MB)
// and the time the page spends writing it.
const INDENTED_UP_TO = 1_000;

/** A document as the text of an exported file: indented when small, compact when large. */
export function jsonText(document: unknown, events: number): string {
  return `${JSON.stringify(document, null, events <= INDENTED_UP_TO ? 2 : undefined)}\n`;
}
