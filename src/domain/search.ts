import type { Source, TimelineEvent } from "./types";

// Straight and typographic quotes, apostrophes and primes all fold to one straight form, so a
// phrase typed on a keyboard finds the curly quotes the article printed.
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g;
const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u2039\u203A`]/g;
const DASHES = /[\u2010-\u2015]/g;
// Characters that draw nothing (zero-width spaces and joiners, the soft hyphen, bidi controls, the
// byte order mark): one pasted into a title would otherwise split "Ka\u200Bbul" from "kabul".
const INVISIBLE = /\p{Default_Ignorable_Code_Point}/gu;

// Plain ASCII without quotes or backticks needs only case and space folding, and most text is.
const NEEDS_FOLDING = /[^\x20-\x7e\n]|[`]/;
// White space to fold to one space: a run of two or more, or one that is not a space. Cheaper
// than replacing every run of /\s+/, most of which are one space already (2.5× at ACLED's notes).
const SPACES_TO_FOLD = /\s{2,}|[^\S ]/g;

/**
 * Folds text for matching: case, quotation marks, dashes, diacritics, compatibility forms (NFKD:
 * "ﬁ", full-width letters), invisible characters and runs of spaces.
 */
export function normalizeForSearch(text: string): string {
  if (!NEEDS_FOLDING.test(text)) {
    return text.toLowerCase().replace(SPACES_TO_FOLD, " ").trim();
  }
  return text
    .replace(INVISIBLE, "")
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(DOUBLE_QUOTES, '"')
    .replace(SINGLE_QUOTES, "'")
    .replace(DASHES, "-")
    .replace(SPACES_TO_FOLD, " ")
    .toLowerCase()
    .trim();
}

/**
 * The text an event is searched by: title, summary, quotes, speakers and actors, and the title
 * and publisher of each source it quotes (`sourceWords`, by source id: see sourceWordsOf).
 */
export function searchTextOf(
  event: TimelineEvent,
  sourceWords?: ReadonlyMap<string, string>,
): string {
  // Joined by hand: a million events' arrays of parts cost the reading Worker a second.
  let text = `${event.title} ${event.summary}`;
  for (const actor of event.actors) text += ` ${actor}`;
  for (const quote of event.quotes) text += ` ${quote.exact} ${quote.speaker ?? ""}`;
  if (sourceWords && event.quotes.length > 0) {
    for (const id of new Set(event.quotes.map((quote) => quote.sourceId))) {
      text += ` ${sourceWords.get(id) ?? ""}`;
    }
  }
  return normalizeForSearch(text);
}

/** Each source's title and publisher, by id, as an event quoting it is searched by. */
export function sourceWordsOf(
  sources: readonly Pick<Source, "id" | "title" | "publisher">[],
): ReadonlyMap<string, string> {
  return new Map(sources.map((source) => [source.id, `${source.title} ${source.publisher}`]));
}
