import { whole } from "./anchor";

// Where a quotation's words stand in a source text, found in time linear in the text's length
// however the words repeat: the native indexOf for ordinary words, a Knuth–Morris–Pratt scan for
// words that overlap themselves ("aaaa", "abab…"), where repeated indexOf calls would compare the
// same characters again at every place, and for words whose places crowd together.

/**
 * Every place `words` start in `text`, overlapping places included, in order; places that would
 * cut a surrogate pair (half an emoji) in two are left out.
 */
export function occurrences(text: string, words: string): number[] {
  const found: number[] = [];
  if (words === "" || words.length > text.length) return found;
  const border = borders(words);
  const add = (at: number) => {
    if (whole(text, at, at + words.length)) found.push(at);
  };
  // Two places closer than the words' length are apart by one of its periods, so the next place
  // is at least the smallest period on.
  const period = words.length - (border[words.length - 1] as number);
  let from = 0;
  if (period * 2 >= words.length) {
    let at = text.indexOf(words);
    for (; at >= 0; at = text.indexOf(words, at + period)) {
      add(at);
      // Each call costs as much as scanning a few dozen characters: where the places are that
      // close (a one-letter word), one scan of the rest is quicker than a call per place.
      if (found.length >= DENSE_AFTER && at < found.length * DENSE_GAP) break;
    }
    if (at < 0) return found;
    from = at + period;
  }
  scanKmp(text, words, border, from, add);
  return found;
}

const DENSE_AFTER = 1024;
const DENSE_GAP = 32;

/** For each prefix of `words`, the length of its longest proper border (KMP's failure table). */
function borders(words: string): Int32Array {
  const border = new Int32Array(words.length);
  for (let i = 1, k = 0; i < words.length; i++) {
    while (k > 0 && words.charCodeAt(i) !== words.charCodeAt(k)) k = border[k - 1] as number;
    if (words.charCodeAt(i) === words.charCodeAt(k)) k++;
    border[i] = k;
  }
  return border;
}

/** Calls `at` for every place of `words` from `from` on, in one pass over the text. */
function scanKmp(
  text: string,
  words: string,
  border: Int32Array,
  from: number,
  at: (start: number) => void,
) {
  const m = words.length;
  for (let i = from, k = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    while (k > 0 && c !== words.charCodeAt(k)) k = border[k - 1] as number;
    if (c === words.charCodeAt(k)) k++;
    if (k === m) {
      at(i - m + 1);
      k = border[m - 1] as number;
    }
  }
}
