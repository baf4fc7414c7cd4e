// Widths in ems, near DejaVu Sans (the widest of the card's fonts), so an estimate errs long:
// a line that fits here fits in Liberation Sans and Arial too.
const NARROW = /[ijlI.,:;'!|()[\]\u2019\u2018]/;
const WIDE = /[MWmw@%—]/;

/** A text's estimated width at a font size, in the same units as the size. */
export function estimateWidth(text: string, fontSize: number, bold = false): number {
  let ems = 0;
  for (const char of text) {
    if (char === " ") ems += 0.32;
    else if (NARROW.test(char)) ems += 0.32;
    else if (WIDE.test(char)) ems += 0.92;
    else if (/[A-Z0-9]/.test(char)) ems += 0.7;
    else if ((char.codePointAt(0) ?? 0) > 0x2e80)
      ems += 1; // CJK and the like are a full em
    else ems += 0.6;
  }
  return ems * fontSize * (bold ? 1.08 : 1);
}

export interface WrapOptions {
  readonly width: number;
  readonly fontSize: number;
  readonly maxLines: number;
  readonly bold?: boolean;
}

/**
 * Text broken into lines that fit `width` by estimate, at most `maxLines`; what does not fit is
 * cut at a word and ends in "…". A word longer than a line is split.
 */
export function wrapText(text: string, options: WrapOptions): readonly string[] {
  const { width, fontSize, maxLines, bold = false } = options;
  const fits = (line: string) => estimateWidth(line, fontSize, bold) <= width;
  const words = text.replace(/\s+/g, " ").trim().split(" ").filter(Boolean);
  const lines: string[] = [];
  let line = "";
  let index = 0;
  for (; index < words.length; index++) {
    let word = words[index] as string;
    const joined = line ? `${line} ${word}` : word;
    if (fits(joined)) {
      line = joined;
      continue;
    }
    if (line) {
      lines.push(line);
      line = "";
      if (lines.length === maxLines) break;
    }
    while (!fits(word)) {
      const head = longestFittingPrefix(word, fits);
      lines.push(head);
      word = word.slice(head.length);
      if (lines.length === maxLines) break;
    }
    if (lines.length === maxLines) {
      words[index] = word;
      break;
    }
    line = word;
  }
  if (line && lines.length < maxLines) lines.push(line);
  const cut = index < words.length && lines.length === maxLines;
  if (cut) lines[maxLines - 1] = withEllipsis(lines[maxLines - 1] as string, fits);
  return lines;
}

function longestFittingPrefix(word: string, fits: (line: string) => boolean): string {
  const chars = Array.from(word);
  let end = chars.length - 1;
  while (end > 1 && !fits(chars.slice(0, end).join(""))) end--;
  return chars.slice(0, Math.max(1, end)).join("");
}

/** A line ending in "…" that still fits, shortened a word (or a character) at a time. */
function withEllipsis(line: string, fits: (line: string) => boolean): string {
  let text = line.replace(/[\s,;:.–—-]+$/, "");
  while (text.length > 0 && !fits(`${text}…`)) {
    const space = text.lastIndexOf(" ");
    text = (space > 0 ? text.slice(0, space) : text.slice(0, -1)).replace(/[\s,;:.–—-]+$/, "");
  }
  return `${text}…`;
}
