// A high surrogate not followed by a low one, or a low one not preceded by a high one. Written
// out rather than `String.prototype.toWellFormed`, which TypeScript's ES2023 library lacks.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const HAS_SURROGATE = /[\uD800-\uDFFF]/;

/**
 * The text with each lone surrogate replaced by U+FFFD, as `toWellFormed()` does: the same
 * length in UTF-16 code units, so offsets into it still hold, and safe for `encodeURIComponent`.
 */
export function toWellFormedText(text: string): string {
  // Most text has no surrogates at all; a test is cheaper than a replace that finds nothing.
  return HAS_SURROGATE.test(text) ? text.replace(LONE_SURROGATE, "\uFFFD") : text;
}
