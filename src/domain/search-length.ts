/** The longest search text the app takes: longer pastes are cut, with a note, before they reach the URL. */
export const MAX_SEARCH_CHARS = 500;

/** Cuts text to at most `max` UTF-16 code units without splitting a surrogate pair. */
export function cutText(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = /[\uD800-\uDBFF]/.test(text.charAt(max - 1)) ? max - 1 : max;
  return text.slice(0, cut);
}
