// Characters XML 1.0 forbids (C0 controls but tab and newlines, lone surrogates, U+FFFE/U+FFFF):
// one of them in a title would make the whole image unreadable to every SVG parser.
const NOT_XML = new RegExp(
  "[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\uFFFE\\uFFFF]" +
    "|[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]",
  "g",
);

/** Text made safe for an SVG's text content or a quoted attribute value. */
export function escapeXml(text: string): string {
  return text
    .replace(NOT_XML, "\uFFFD")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

/** About how wide a character of sans-serif text is, as a share of its font size. */
export const CHAR_EM = 0.55;

// A hair over, so that room measured as n characters' width holds n of them despite rounding.
const charsIn = (px: number, fontPx: number) =>
  Math.max(Math.floor(px / (fontPx * CHAR_EM) + 1e-6), 1);

/** Text cut to about `px` at `fontPx`, with an ellipsis where it was cut. */
export function fitText(text: string, px: number, fontPx: number): string {
  const room = charsIn(px, fontPx);
  const chars = Array.from(text.replace(/\s+/g, " ").trim());
  return chars.length <= room ? chars.join("") : `${chars.slice(0, room - 1).join("")}…`;
}

/** Text broken into at most `maxLines` lines of about `px`, the last cut with an ellipsis. */
export function wrapText(text: string, px: number, fontPx: number, maxLines: number): string[] {
  const room = charsIn(px, fontPx);
  const lines: string[] = [];
  let line = "";
  const words = text.replace(/\s+/g, " ").trim().split(" ");
  for (const [i, word] of words.entries()) {
    const next = line ? `${line} ${word}` : word;
    if (Array.from(next).length <= room || !line) {
      line = next;
      continue;
    }
    if (lines.length === maxLines - 1) {
      lines.push(fitText(`${line} ${words.slice(i).join(" ")}`, px, fontPx));
      return lines;
    }
    lines.push(line);
    line = word;
  }
  if (line) lines.push(fitText(line, px, fontPx));
  return lines;
}
