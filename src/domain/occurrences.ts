import { whole } from "./anchor";

// Where a quotation's words stand in a source text, found in time linear in the text's length
// however the words repeat: the native indexOf for ordinary words, a Knuth–Morris–Pratt scan for
// words that overlap themselves ("aaaa", "abab…"), where repeated indexOf calls would compare the
// same characters again at every place.

/**
 * Every place `words` start in `text`, overlapping places included, in order; places that would
 * cut a surrogate pair (half an emoji) in two are left out.
 */
export function occurrences(text: string, words: string): number[] {
  const found: number[] = [];
  if (words === "" || words.length > text.length) return found;
  const border = borders(words);
  // Two places closer than the words' length are apart by one of its periods, so the next place
  // is at least the smallest period on.
  const period = words.length - (border[words.length - 1] as number);
  if (period * 2 >= words.length) {
    for (let at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + period)) {
      if (whole(text, at, at + words.length)) found.push(at);
    }
  } else {
    scanKmp(text, words, border, (at) => {
      if (whole(text, at, at + words.length)) found.push(at);
    });
  }
  return found;
}

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

function scanKmp(text: string, words: string, border: Int32Array, at: (start: number) => void) {
  const m = words.length;
  for (let i = 0, k = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    while (k > 0 && c !== words.charCodeAt(k)) k = border[k - 1] as number;
    if (c === words.charCodeAt(k)) k++;
    if (k === m) {
      at(i - m + 1);
      k = border[m - 1] as number;
    }
  }
}
