/** A highlighted span of a source text, owned by one event's quote. */
export interface Highlight {
  readonly start: number;
  readonly end: number;
  readonly eventId: string;
  readonly quoteIndex: number;
}

/** A run of text with the highlights that cover all of it (none for plain text). */
export interface Segment {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly highlights: readonly Highlight[];
}

/** A paragraph of the source text, with its offsets. */
export interface Paragraph {
  readonly start: number;
  readonly end: number;
}

/** Splits a text into paragraphs at blank lines, keeping offsets into the whole text. */
export function paragraphsOf(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  const pattern = /[^\n]+(?:\n(?!\n)[^\n]*)*/g;
  for (const match of text.matchAll(pattern)) {
    if (match[0].trim())
      paragraphs.push({ start: match.index, end: match.index + match[0].length });
  }
  return paragraphs;
}

/**
 * Cuts text[from, to) into segments at every highlight boundary, so overlapping highlights
 * each keep their own extent.
 */
export function segmentText(
  text: string,
  from: number,
  to: number,
  highlights: readonly Highlight[],
): Segment[] {
  const inside = highlights.filter((h) => h.end > from && h.start < to && h.end > h.start);
  const cuts = new Set<number>([from, to]);
  for (const h of inside) {
    cuts.add(Math.max(h.start, from));
    cuts.add(Math.min(h.end, to));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    const covering = inside.filter((h) => h.start <= start && h.end >= end);
    const last = segments[segments.length - 1];
    if (last && covering.length === 0 && last.highlights.length === 0) {
      segments[segments.length - 1] = { ...last, end, text: text.slice(last.start, end) };
    } else {
      segments.push({ start, end, text: text.slice(start, end), highlights: covering });
    }
  }
  return segments;
}
