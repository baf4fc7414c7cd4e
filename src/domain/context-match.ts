// How well a quotation's prefix and suffix fit the text around each place its words stand. Each
// place is compared directly while that is cheap; when the places are many and their contexts long
// (a repetitive text: 10,000 places × 2,000 characters), one Z-algorithm pass over the text gives
// every place's match length at once, so the work stays linear in the text.

/**
 * For each quotation place in `starts` (ascending), how many characters of `prefix` (read back
 * from its end) and of `suffix` match the text just before and just after its `length` words.
 */
export function contextScores(
  text: string,
  starts: readonly number[],
  length: number,
  prefix: string,
  suffix: string,
): Int32Array {
  const scores = new Int32Array(starts.length);
  const n = text.length;
  const after = starts.map((start) => start + length);
  // Read backwards, the text before a place starts at stream position n - start.
  const before = starts.map((start) => n - start).reverse();
  const suffixes = matchLengths(text, suffix, after, 1);
  const prefixes = matchLengths(text, prefix, before, -1);
  for (let i = 0; i < starts.length; i++) {
    scores[i] = (suffixes[i] as number) + (prefixes[starts.length - 1 - i] as number);
  }
  return scores;
}

/**
 * For each stream position in `ats` (ascending), the length of the longest common prefix of
 * `pattern` and the text from there. `direction` -1 reads both text and pattern from their ends.
 */
export function matchLengths(
  text: string,
  pattern: string,
  ats: readonly number[],
  direction: 1 | -1,
): Int32Array {
  const n = text.length;
  const s = pattern.length;
  const t =
    direction === 1 ? (i: number) => text.charCodeAt(i) : (i: number) => text.charCodeAt(n - 1 - i);
  const p =
    direction === 1
      ? (j: number) => pattern.charCodeAt(j)
      : (j: number) => pattern.charCodeAt(s - 1 - j);
  const out = new Int32Array(ats.length);
  if (s === 0 || ats.length === 0) return out;
  const extend = (i: number, len: number) => {
    while (len < s && i + len < n && t(i + len) === p(len)) len++;
    return len;
  };
  if (ats.length * s <= 2 * n + s) {
    for (let k = 0; k < ats.length; k++) out[k] = extend(ats[k] as number, 0);
    return out;
  }
  const z = zArray(s, p);
  // The Z-box: text [left, right) equals the pattern's first right - left characters.
  let left = 0;
  let right = 0;
  let next = 0;
  const last = ats[ats.length - 1] as number;
  for (let i = 0; i <= last && i < n; i++) {
    let len: number;
    if (i < right && (z[i - left] as number) < right - i) len = z[i - left] as number;
    else len = extend(i, Math.max(0, right - i));
    if (i + len > right) {
      left = i;
      right = i + len;
    }
    while (next < ats.length && ats[next] === i) out[next++] = len;
  }
  // Places at the very end of the text have nothing after them: 0, as out already holds.
  return out;
}

/** The Z function of the pattern: z[k] is how far it matches itself shifted by k. */
function zArray(s: number, p: (j: number) => number): Int32Array {
  const z = new Int32Array(s);
  z[0] = s;
  for (let k = 1, left = 0, right = 0; k < s; k++) {
    let len = k < right ? Math.min(right - k, z[k - left] as number) : 0;
    while (k + len < s && p(len) === p(k + len)) len++;
    z[k] = len;
    if (k + len > right) {
      left = k;
      right = k + len;
    }
  }
  return z;
}
