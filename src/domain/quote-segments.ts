/** A highlighted span of a source text, owned by one event's quote. */
export interface Highlight {
  readonly start: number;
  readonly end: number;
  readonly eventId: string;
  readonly quoteIndex: number;
  /** Set when these are the closest words to the quotation, not its words: drawn apart. */
  readonly approximate?: boolean;
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
 * each keep their own extent. One sweep over the sorted boundaries: 50,000 quotations in one
 * paragraph are cut in a blink, where asking every highlight about every cut took minutes.
 */
export function segmentText(
  text: string,
  from: number,
  to: number,
  highlights: readonly Highlight[],
): Segment[] {
  const inside = highlights.filter((h) => h.end > from && h.start < to && h.end > h.start);
  const startOf = (i: number) => Math.max((inside[i] as Highlight).start, from);
  const endOf = (i: number) => Math.min((inside[i] as Highlight).end, to);
  const order = inside.map((_, i) => i);
  const byStart = [...order].sort((a, b) => startOf(a) - startOf(b));
  const byEnd = order.sort((a, b) => endOf(a) - endOf(b));
  const cuts = new Set<number>([from, to]);
  for (let i = 0; i < inside.length; i++) cuts.add(startOf(i)).add(endOf(i));
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  // Indexes into `inside` of the highlights open at the current cut.
  const open = new Set<number>();
  let opened = 0;
  let closed = 0;
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    while (opened < byStart.length && startOf(byStart[opened] as number) <= start)
      open.add(byStart[opened++] as number);
    while (closed < byEnd.length && endOf(byEnd[closed] as number) <= start)
      open.delete(byEnd[closed++] as number);
    // In the order given, as before: the first one owns the words where nothing is selected.
    const covering =
      open.size === 0
        ? []
        : [...open].sort((a, b) => a - b).map((index) => inside[index] as Highlight);
    const last = segments[segments.length - 1];
    if (last && covering.length === 0 && last.highlights.length === 0) {
      segments[segments.length - 1] = { ...last, end, text: text.slice(last.start, end) };
    } else {
      segments.push({ start, end, text: text.slice(start, end), highlights: covering });
    }
  }
  return segments;
}

/**
 * The highlights that reach into each paragraph, paragraph for paragraph (`paragraphs` in text
 * order, as paragraphsOf gives them): each paragraph then looks at its own few, not at all of
 * a source's 50,000.
 */
export function highlightsByParagraph(
  paragraphs: readonly Paragraph[],
  highlights: readonly Highlight[],
): Highlight[][] {
  const buckets = paragraphs.map((): Highlight[] => []);
  for (const h of highlights) {
    // The first paragraph that ends after the highlight starts, by binary search.
    let low = 0;
    let high = paragraphs.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((paragraphs[mid] as Paragraph).end <= h.start) low = mid + 1;
      else high = mid;
    }
    for (let i = low; i < paragraphs.length && (paragraphs[i] as Paragraph).start < h.end; i++) {
      (buckets[i] as Highlight[]).push(h);
    }
  }
  return buckets;
}
