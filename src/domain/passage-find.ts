import { isSpaceCode, textAfter, textBefore, trimToWords } from "./passage-text";

/** One place in the source that holds the words looked for, with a little context each side. */
export interface PassageMatch {
  readonly start: number;
  readonly end: number;
  readonly before: string;
  readonly after: string;
}

/** The places found (at most `limit`), how many there are in all, and whether case was ignored. */
export interface PassageSearch {
  readonly matches: readonly PassageMatch[];
  readonly total: number;
  readonly caseInsensitive: boolean;
}

/** How much of the text around a place is shown beside it. */
export const MATCH_CONTEXT = 40;

/**
 * Finds typed or pasted words in a source, forgiving the differences a reader cannot see or
 * type: curly and straight quotes, dashes (any dash, or none), and any run of whitespace. Case
 * counts first; only when nothing matches is it ignored (and the result says so). Linear in the
 * text and the words: one normalised copy of each, then one Knuth–Morris–Pratt pass.
 */
export function findPassage(text: string, words: string, limit = 50): PassageSearch {
  const wanted = normalise(words, false).folded.trim();
  if (wanted === "") return { matches: [], total: 0, caseInsensitive: false };
  const exact = search(text, normalise(text, false), wanted, limit);
  if (exact.total > 0) return { ...exact, caseInsensitive: false };
  const loose = normalise(words, true).folded.trim();
  return { ...search(text, normalise(text, true), loose, limit), caseInsensitive: true };
}

interface Normalised {
  /** The text with quotes made straight, dashes left out and whitespace runs made one space. */
  readonly folded: string;
  /** For each character of `folded`, the original offsets it came from. */
  readonly starts: Int32Array;
  readonly ends: Int32Array;
}

function search(
  text: string,
  normalised: Normalised,
  wanted: string,
  limit: number,
): { matches: PassageMatch[]; total: number } {
  const matches: PassageMatch[] = [];
  let total = 0;
  for (const at of occurrences(normalised.folded, wanted)) {
    const start = normalised.starts[at] as number;
    const end = normalised.ends[at + wanted.length - 1] as number;
    const words = trimToWords(text, start, end);
    if (!words) continue;
    total++;
    if (matches.length < limit) {
      matches.push({
        ...words,
        before: textBefore(text, words.start, MATCH_CONTEXT),
        after: textAfter(text, words.end, MATCH_CONTEXT),
      });
    }
  }
  return { matches, total };
}

const SINGLE_QUOTES = [0x2018, 0x2019, 0x201a, 0x201b, 0x2032, 0x27];
const DOUBLE_QUOTES = [0x201c, 0x201d, 0x201e, 0x201f, 0x2033, 0x22];
const DASHES = [0x2d, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212];
// 0: an ordinary character, compared as it is (or lowered).
const SPACE = 1;
const DASH = 2;
const SINGLE = 3;
const DOUBLE = 4;

let kinds: Uint8Array | undefined;
/** What each UTF-16 code is to the search, looked up in one table (a 5,000,000-character text
 * asks five million times). */
function kindsOf(): Uint8Array {
  if (kinds) return kinds;
  kinds = new Uint8Array(0x10000);
  for (let code = 0; code < 0x10000; code++) if (isSpaceCode(code)) kinds[code] = SPACE;
  for (const code of DASHES) kinds[code] = DASH;
  for (const code of SINGLE_QUOTES) kinds[code] = SINGLE;
  for (const code of DOUBLE_QUOTES) kinds[code] = DOUBLE;
  return kinds;
}

function normalise(text: string, ignoreCase: boolean): Normalised {
  // Lower case is used code unit for code unit only when it keeps every length (it nearly always
  // does; "İ" does not, and is then lowered on its own, or kept where that would change length).
  const whole = ignoreCase ? text.toLowerCase() : text;
  const aligned = whole.length === text.length;
  const folded = new Uint16Array(text.length);
  const starts = new Int32Array(text.length);
  const ends = new Int32Array(text.length);
  let length = 0;
  let spaced = false;
  const kind = kindsOf();
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    const what = kind[code];
    if (what === SPACE) {
      if (spaced) {
        ends[length - 1] = i + 1;
        continue;
      }
      code = 32;
    } else if (what === DASH) {
      continue;
    } else if (what === SINGLE) code = 0x27;
    else if (what === DOUBLE) code = 0x22;
    else if (ignoreCase) code = lowered(whole, text, i, aligned);
    spaced = code === 32;
    folded[length] = code;
    starts[length] = i;
    ends[length] = i + 1;
    length++;
  }
  return { folded: stringOf(folded.subarray(0, length)), starts, ends };
}

/** The code units as a string, a few thousand at a time (one call with millions would overflow the stack). */
function stringOf(codes: Uint16Array): string {
  const parts: string[] = [];
  for (let at = 0; at < codes.length; at += 8192) {
    parts.push(String.fromCharCode(...codes.subarray(at, at + 8192)));
  }
  return parts.join("");
}

function lowered(whole: string, text: string, i: number, aligned: boolean): number {
  if (aligned) return whole.charCodeAt(i);
  const lower = text.charAt(i).toLowerCase();
  return lower.length === 1 ? lower.charCodeAt(0) : text.charCodeAt(i);
}

/** Where `wanted` starts in `folded`, without overlaps, in O(text + words) (Knuth–Morris–Pratt). */
function* occurrences(folded: string, wanted: string): Generator<number> {
  const fail = new Int32Array(wanted.length);
  for (let i = 1, k = 0; i < wanted.length; i++) {
    while (k > 0 && wanted.charCodeAt(i) !== wanted.charCodeAt(k)) k = fail[k - 1] as number;
    if (wanted.charCodeAt(i) === wanted.charCodeAt(k)) k++;
    fail[i] = k;
  }
  for (let i = 0, k = 0; i < folded.length; i++) {
    while (k > 0 && folded.charCodeAt(i) !== wanted.charCodeAt(k)) k = fail[k - 1] as number;
    if (folded.charCodeAt(i) === wanted.charCodeAt(k)) k++;
    if (k === wanted.length) {
      yield i - wanted.length + 1;
      k = 0;
    }
  }
}
