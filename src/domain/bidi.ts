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

// The invisible characters that steer direction: marks, embeddings, overrides and isolates.
const CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/**
 * A value quoted inside a sentence of ours (a problem, a notice), its direction controls written
 * out as `\u202E`: a message is plain text, where no isolate can be trusted to hold an override
 * that the value itself opened, and a reader mending the file needs to see the character anyway.
 */
export function showControls(text: string): string {
  return text.replace(
    CONTROLS,
    (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`,
  );
}
