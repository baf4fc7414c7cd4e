/** The action chosen for some words: a new event, or the selected event's next quote. */
export type PassageAction = "new-event" | "add-to-event";

/** How many characters of an event's title a button shows before an ellipsis. */
export const TITLE_SHOWN = 40;

const graphemes = new Intl.Segmenter(undefined, { granularity: "grapheme" });

/** The first `count` user-perceived characters of `text` (a flag or an accented letter is one). */
function firstCharacters(text: string, count: number): { head: string; cut: boolean } {
  let head = "";
  let taken = 0;
  for (const { segment } of graphemes.segment(text)) {
    if (taken === count) return { head, cut: true };
    head += segment;
    taken++;
  }
  return { head, cut: false };
}

/** An event title short enough for a button: cut (at a whole character) past ~40, with "…". */
export function shortTitle(title: string, shown = TITLE_SHOWN): string {
  const whole = title.trim();
  if (!firstCharacters(whole, shown).cut) return whole;
  return `${firstCharacters(whole, shown - 1).head.trimEnd()}…`;
}

/** The visible words and the full accessible name of "Add this quote to <event>". */
export function addToEventLabel(title: string): { shown: string; name: string } {
  return {
    shown: `Add this quote to ${shortTitle(title)}`,
    name: `Add this quote to ${title.trim()}`,
  };
}

/** Words for a selection too long to read out: its first ~80 characters, then "…". */
export function excerptOf(words: string, shown = 80): string {
  const flat = words.replace(/\s+/g, " ").trim();
  const { head, cut } = firstCharacters(flat, shown);
  return cut ? `${head.trimEnd()}…` : flat;
}
