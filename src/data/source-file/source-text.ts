import { toWellFormedText } from "../../domain/well-formed-text";

const BYTE_ORDER_MARK = "\uFEFF";

/**
 * The text as a source keeps it: no leading byte order mark, `\n` line ends, composed (NFC) and
 * well formed. Done once, before any offsets exist: quotations are offsets into this text, and
 * an "é" typed as e + U+0301 would otherwise never match the same word typed as one character.
 */
export function normalizeSourceText(text: string): string {
  const unmarked = text.startsWith(BYTE_ORDER_MARK) ? text.slice(1) : text;
  const lines = unmarked.replace(/\r\n?/g, "\n");
  // Well formed first: a lone surrogate becomes U+FFFD, which NFC leaves alone.
  return toWellFormedText(lines).normalize("NFC");
}
