import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { textFragmentUrl } from "../../src/domain/text-fragment";
import { hostileString } from "../fixtures/hostile-strings";

const ARTICLE_URL =
  "https://www.presstv.ir/Detail/2021/08/19/664764/Russia-Sergei-Lavrov-Afghanistan";

describe("textFragmentUrl", () => {
  it("encodes a short quote whole", () => {
    expect(textFragmentUrl(ARTICLE_URL, "The Taliban will not repeat the past")).toBe(
      `${ARTICLE_URL}#:~:text=The%20Taliban%20will%20not%20repeat%20the%20past`,
    );
  });

  it("percent-encodes the hyphen, comma and ampersand that the directive reserves", () => {
    expect(textFragmentUrl(ARTICLE_URL, "war-torn country, Russia & China")).toBe(
      `${ARTICLE_URL}#:~:text=war%2Dtorn%20country%2C%20Russia%20%26%20China`,
    );
  });

  it("collapses whitespace runs and trims the quote", () => {
    expect(textFragmentUrl(ARTICLE_URL, "  national\n dialogue  ")).toBe(
      `${ARTICLE_URL}#:~:text=national%20dialogue`,
    );
  });

  it("keeps exactly twelve words whole", () => {
    const twelve = "one two three four five six seven eight nine ten eleven twelve";
    expect(textFragmentUrl(ARTICLE_URL, twelve)).toBe(
      `${ARTICLE_URL}#:~:text=${encodeURIComponent(twelve)}`,
    );
  });

  it("writes a quote of more than twelve words as its first and last five words", () => {
    const quote =
      "Russia has called for a national dialogue with the involvement of the entire political parties and figures in Afghanistan";
    expect(textFragmentUrl(ARTICLE_URL, quote)).toBe(
      `${ARTICLE_URL}#:~:text=Russia%20has%20called%20for%20a,parties%20and%20figures%20in%20Afghanistan`,
    );
  });

  it("replaces an existing #hash of the base URL", () => {
    expect(textFragmentUrl("https://example.org/a?b=c#section-2", "dialogue")).toBe(
      "https://example.org/a?b=c#:~:text=dialogue",
    );
  });
});

describe("textFragmentUrl for any string", () => {
  it("writes a lone surrogate in the quote as U+FFFD instead of throwing “URI malformed”", () => {
    expect(textFragmentUrl(ARTICLE_URL, "Ka\uD800bul")).toBe(
      `${ARTICLE_URL}#:~:text=Ka%EF%BF%BDbul`,
    );
  });

  it("never throws, whatever the quote and the address hold", () => {
    fc.assert(
      fc.property(hostileString(), hostileString(), (url, exact) => {
        expect(textFragmentUrl(url, exact)).toContain("#:~:text=");
      }),
    );
  });
});
