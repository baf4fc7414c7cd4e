import { formatCount } from "../../domain/count";
import { pageAddress, publishedDate, savedFromAddress, timeElementDate } from "./article-details";
import { blockText, wordCount } from "./html-text";

/** What a saved web page gives as a source: its article's text and the details it states. */
export interface ArticleHtml {
  /** Not yet normalised (see normalizeSourceText): paragraphs separated by a blank line. */
  readonly text: string;
  readonly title?: string;
  readonly publisher?: string;
  readonly url?: string;
  /** YYYY-MM-DD, when the page states its date. */
  readonly publishedAt?: string;
  readonly notes: readonly string[];
}

// A "page" whose words are mostly links is a list of other pages (a home page, an index), not
// an article, even when Readability picks its biggest block.
const MOST_LINKS = 0.5;

// Readability's own "is there an article here" test, loosened (its defaults are 140 characters
// and 20) so that a short news brief still passes; a page of links has no paragraph this long,
// and Readability alone would hand back its longest block, such as the copyright line.
const READERABLE = { minContentLength: 80, minScore: 8 };

/**
 * The article in a saved web page, by Mozilla's Readability, or undefined when the page holds
 * none. Readability is loaded here, on first use, so it is a chunk of its own that only someone
 * opening an HTML file downloads.
 */
export async function readArticleHtml(
  html: string,
  pageUrl?: string,
): Promise<ArticleHtml | undefined> {
  const { Readability, isProbablyReaderable } = await import("@mozilla/readability");
  // A DOMParser document is inert: it has no browsing context, so its scripts never run, and
  // it fetches nothing (no images, styles or frames); see the HTML standard's "parseFromString".
  const document = new DOMParser().parseFromString(html, "text/html");
  const url = pageAddress(document, pageUrl ?? savedFromAddress(html));
  const timeDate = timeElementDate(document);
  if (!isProbablyReaderable(document, READERABLE)) return undefined;
  const pageWords = wordCount(blockText(document.body));
  // The serializer hands back the content element itself rather than HTML to parse again.
  const article = new Readability<Node>(document, { serializer: (node) => node }).parse();
  if (!article?.content) return undefined;
  const text = blockText(article.content);
  if (text === "" || linkShare(article.content) > MOST_LINKS) return undefined;

  const notes: string[] = [];
  const words = wordCount(text);
  if (words < pageWords) {
    notes.push(
      `Navigation, ads and other parts of the page around the article were left out (${formatCount(words)} words kept of ${formatCount(pageWords)}).`,
    );
  }
  const stated = article.publishedTime?.trim() || timeDate;
  const publishedAt = publishedDate(stated);
  if (stated && !publishedAt) {
    notes.push(`The page gives its date as “${stated}”, which is not a date we read: enter it.`);
  }
  return {
    text,
    ...present("title", article.title),
    ...present("publisher", article.siteName),
    ...present("url", url),
    ...present("publishedAt", publishedAt),
    notes,
  };
}

/** How much of the element's text is inside links, from 0 to 1. */
function linkShare(element: Node): number {
  const all = (element.textContent ?? "").replace(/\s+/g, "").length;
  if (all === 0) return 0;
  let inLinks = 0;
  // Readability's content is its article <div>; an element, so it has descendants to ask.
  if (element.nodeType === 1) {
    for (const link of (element as Element).querySelectorAll("a")) {
      inLinks += (link.textContent ?? "").replace(/\s+/g, "").length;
    }
  }
  return inLinks / all;
}

/** `{ [key]: value }` for a value with words in it, else nothing (optional fields stay absent). */
function present<K extends string>(
  key: K,
  value: string | null | undefined,
): { [P in K]?: string } {
  const trimmed = value?.replace(/\s+/g, " ").trim();
  return (trimmed ? { [key]: trimmed } : {}) as { [P in K]?: string };
}
