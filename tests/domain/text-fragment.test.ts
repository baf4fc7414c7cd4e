import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { textFragmentUrl, withTextContext } from "../../src/domain/text-fragment";
import { kabulArticle } from "../fixtures/kabul";
import { hostileString } from "../fixtures/hostile-strings";

const ARTICLE_URL =
  "https://www.presstv.ir/Detail/2021/08/19/664764/Russia-Sergei-Lavrov-Afghanistan";

describe("textFragmentUrl", () => {
  it("encodes a short quote whole", () => {
    expect(textFragmentUrl(ARTICLE_URL, { exact: "The Taliban will not repeat the past" })).toBe(
      `${ARTICLE_URL}#:~:text=The%20Taliban%20will%20not%20repeat%20the%20past`,
    );
  });

  it("percent-encodes the hyphen, comma and ampersand that the directive reserves", () => {
    expect(textFragmentUrl(ARTICLE_URL, { exact: "war-torn country, Russia & China" })).toBe(
      `${ARTICLE_URL}#:~:text=war%2Dtorn%20country%2C%20Russia%20%26%20China`,
    );
  });

  it("collapses whitespace runs and trims the quote", () => {
    expect(textFragmentUrl(ARTICLE_URL, { exact: "  national\n dialogue  " })).toBe(
      `${ARTICLE_URL}#:~:text=national%20dialogue`,
    );
  });

  it("keeps exactly twelve words whole", () => {
    const twelve = "one two three four five six seven eight nine ten eleven twelve";
    expect(textFragmentUrl(ARTICLE_URL, { exact: twelve })).toBe(
      `${ARTICLE_URL}#:~:text=${encodeURIComponent(twelve)}`,
    );
  });

  it("writes a quote of more than twelve words as its first and last five words", () => {
    const quote =
      "Russia has called for a national dialogue with the involvement of the entire political parties and figures in Afghanistan";
    expect(textFragmentUrl(ARTICLE_URL, { exact: quote })).toBe(
      `${ARTICLE_URL}#:~:text=Russia%20has%20called%20for%20a,parties%20and%20figures%20in%20Afghanistan`,
    );
  });

  it("replaces an existing #hash of the base URL", () => {
    expect(textFragmentUrl("https://example.org/a?b=c#section-2", { exact: "dialogue" })).toBe(
      "https://example.org/a?b=c#:~:text=dialogue",
    );
  });
});

describe("textFragmentUrl with the words around the quote", () => {
  const article = kabulArticle();
  /** The quote at its `nth` occurrence in the article, with 32 characters either side as stored. */
  const inArticle = (exact: string, nth: number) => {
    let start = -1;
    for (let n = 0; n <= nth; n++) start = article.indexOf(exact, start + 1);
    const end = start + exact.length;
    return {
      exact,
      prefix: article.slice(Math.max(0, start - 32), start),
      suffix: article.slice(end, end + 32),
    };
  };

  it("tells apart two occurrences of the same words by the whole words just before and after", () => {
    const second = textFragmentUrl(ARTICLE_URL, inArticle("Lavrov said", 1));
    const third = textFragmentUrl(ARTICLE_URL, inArticle("Lavrov said", 2));
    expect(second).toBe(
      `${ARTICLE_URL}#:~:text=forces%20in%20Afghanistan%2C%E2%80%9D-,Lavrov%20said,-at%20a%20press`,
    );
    // The prefix ends a paragraph before the quote's: its words come from that paragraph alone.
    expect(third).toBe(
      `${ARTICLE_URL}#:~:text=Hekmatyar%2C%22%20he%20added.-,Lavrov%20said,-Moscow%20believes%20all`,
    );
  });

  it("drops the word the stored context cuts in two, and keeps whole ones", () => {
    expect(
      textFragmentUrl(ARTICLE_URL, {
        exact: "dialogue",
        prefix: "ational call for",
        suffix: " now, said Lavr",
      }),
    ).toBe(`${ARTICLE_URL}#:~:text=call%20for-,dialogue,-now%2C%20said`);
    expect(
      textFragmentUrl(ARTICLE_URL, { exact: "dialogue", prefix: " a call for ", suffix: " now " }),
    ).toBe(`${ARTICLE_URL}#:~:text=a%20call%20for-,dialogue,-now`);
  });

  it("leaves out a prefix or suffix that holds no whole word", () => {
    expect(
      textFragmentUrl(ARTICLE_URL, { exact: "dialogue", prefix: "ational", suffix: "\n\n" }),
    ).toBe(`${ARTICLE_URL}#:~:text=dialogue`);
  });

  it("writes a quote over a paragraph break as its start and end, each within its paragraph", () => {
    const quote = { exact: "he added.\n\nLavrov said Moscow", prefix: "", suffix: "" };
    expect(textFragmentUrl(ARTICLE_URL, quote)).toBe(
      `${ARTICLE_URL}#:~:text=he%20added.,Lavrov%20said%20Moscow`,
    );
  });

  it("keeps a long quote in the start,end form between its prefix and suffix", () => {
    const quote = inArticle(
      "Lavrov said Moscow believes all of these forces have a desire to negotiate",
      0,
    );
    expect(textFragmentUrl(ARTICLE_URL, quote)).toBe(
      `${ARTICLE_URL}#:~:text=Hekmatyar%2C%22%20he%20added.-,Lavrov%20said%20Moscow%20believes%20all,have%20a%20desire%20to%20negotiate,-in%20the%20interests`,
    );
  });
});

describe("withTextContext", () => {
  const text = "The ferry left at dawn. At noon the ferry left again.";
  const quote = { exact: "the ferry left", start: 32, end: 46, prefix: "", suffix: "" };

  it("reads the words around the quote from the text, whole up to the text's edges", () => {
    expect(textFragmentUrl("https://wire.example/", withTextContext(text, quote))).toBe(
      "https://wire.example/#:~:text=dawn.%20At%20noon-,the%20ferry%20left,-again.",
    );
  });

  it("keeps the stored context when the text no longer holds the quote there", () => {
    const moved = { ...quote, start: 0, end: 14, prefix: "At noon " };
    expect(withTextContext(text, moved)).toBe(moved);
  });
});

describe("textFragmentUrl for any string", () => {
  it("writes a lone surrogate in the quote as U+FFFD instead of throwing “URI malformed”", () => {
    expect(textFragmentUrl(ARTICLE_URL, { exact: "Ka\uD800bul" })).toBe(
      `${ARTICLE_URL}#:~:text=Ka%EF%BF%BDbul`,
    );
  });

  it("never throws, whatever the quote and the address hold", () => {
    fc.assert(
      fc.property(hostileString(), hostileString(), (url, exact) => {
        expect(textFragmentUrl(url, { exact: exact })).toContain("#:~:text=");
      }),
    );
  });
});
