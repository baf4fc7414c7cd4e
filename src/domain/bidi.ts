// First strong isolate and pop directional isolate: text between them takes its own direction
// and leaves the direction of what follows alone, whatever controls (U+202E) it holds.
const FSI = "\u2068";
const PDI = "\u2069";

/**
 * Data-provided text wrapped in its own bidi isolate, for plain strings built around it (an
 * accessible name, the document title) where no `<bdi>` element can go.
 */
export function isolate(text: string): string {
  return `${FSI}${text}${PDI}`;
}
