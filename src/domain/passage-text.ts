/**
 * Character rules shared by quoting and finding: what counts as a space, where a grapheme
 * begins and ends, and how to cut a short context without splitting a surrogate pair.
 */

/** True for the UTF-16 code of a whitespace character (the set of `\s`, NBSP included). */
export function isSpaceCode(code: number): boolean {
  return (
    (code >= 9 && code <= 13) ||
    code === 32 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

let graphemes: Intl.Segmenter | undefined;
// One segmenter for the whole app: making one costs far more than segmenting a few characters.
const graphemeSegmenter = () =>
  (graphemes ??= new Intl.Segmenter(undefined, { granularity: "grapheme" }));

/**
 * The grapheme holding the code unit at `at`, as [start, end) in `text`. Only a window around
 * `at` is segmented (a 5,000,000-character source must not be segmented per selection); the
 * window grows while the grapheme found touches its edge, so a long cluster is never cut.
 */
export function graphemeAt(text: string, at: number): { start: number; end: number } {
  for (let reach = 64; ; reach *= 4) {
    const from = Math.max(0, at - reach);
    const to = Math.min(text.length, at + reach);
    const found = graphemeSegmenter()
      .segment(text.slice(from, to))
      .containing(at - from);
    if (!found) return { start: at, end: Math.min(text.length, at + 1) };
    const start = from + found.index;
    const end = start + found.segment.length;
    const cutBefore = start === from && from > 0;
    const cutAfter = end === to && to < text.length;
    if ((!cutBefore && !cutAfter) || (from === 0 && to === text.length)) return { start, end };
  }
}

/** Up to `length` code units of `text` before `at`, never starting on half a surrogate pair. */
export function textBefore(text: string, at: number, length: number): string {
  let from = Math.max(0, at - length);
  if (from > 0 && from < at && isLow(text.charCodeAt(from))) from += 1;
  return text.slice(from, at);
}

/** Up to `length` code units of `text` after `at`, never ending on half a surrogate pair. */
export function textAfter(text: string, at: number, length: number): string {
  let to = Math.min(text.length, at + length);
  if (to < text.length && to > at && isHigh(text.charCodeAt(to - 1))) to -= 1;
  return text.slice(at, to);
}

/**
 * The [start, end) of chosen words with the whitespace at either end left out and each end moved
 * outward to a grapheme boundary, so an emoji or an accented letter is never cut; undefined when
 * only whitespace is chosen.
 */
export function trimToWords(
  text: string,
  start: number,
  end: number,
): { start: number; end: number } | undefined {
  let from = clamp(Math.min(start, end), text.length);
  let to = clamp(Math.max(start, end), text.length);
  while (from < to && isSpaceCode(text.charCodeAt(from))) from++;
  while (to > from && isSpaceCode(text.charCodeAt(to - 1))) to--;
  if (from >= to) return undefined;
  return { start: graphemeAt(text, from).start, end: graphemeAt(text, to - 1).end };
}

/** `at` as a whole offset within [0, length] (0 for NaN). */
export function clamp(at: number, length: number): number {
  return Number.isFinite(at) ? Math.min(Math.max(0, Math.trunc(at)), length) : at > 0 ? length : 0;
}
