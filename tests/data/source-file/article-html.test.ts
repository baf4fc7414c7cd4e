// @vitest-environment jsdom
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readArticleHtml } from "../../../src/data/source-file/article-html";

const fixture = (name: string) => readFileSync(`tests/fixtures/${name}`, "utf8");
const SOURCE = readFileSync(
  "public/sources/presstv-2021-08-19-lavrov-afghanistan-dialogue.txt",
  "utf8",
);
const PAGE = fixture("article-page.html");

/** The paragraphs of a text, split where the article pane splits them (a blank line). */
const paragraphs = (text: string) => text.split(/\n\n+/);

describe("readArticleHtml reads a saved news page", () => {
  it("gives the article's paragraphs in order, word for word as the published text has them", async () => {
    const article = await readArticleHtml(PAGE);
    // The source's paragraphs from the image caption to the last of the article; the page
    // holds the breadcrumb, headline and trailing boilerplate outside the article's body.
    const published = paragraphs(SOURCE).slice(2, -2);
    expect(paragraphs(article?.text ?? "")).toEqual([
      ...published,
      "Additional reporting by Reuters & TASS.",
    ]);
  });

  it("leaves out the navigation, cookie banner, ads, related stories, share buttons, comments and footer", async () => {
    const text = (await readArticleHtml(PAGE))?.text ?? "";
    for (const around of [
      "Asia-Pacific",
      "Search Press TV",
      "We use cookies",
      "Accept all cookies",
      "Advertisement",
      "Related stories",
      "Chaos at Kabul airport as thousands try to flee",
      "Share on Facebook",
      "Most viewed",
      "Post comment",
      "Twenty years of war brought nothing",
      "All rights reserved",
      "Privacy policy",
    ]) {
      expect(text).not.toContain(around);
    }
  });

  it("pre-fills the title, publisher, address and date the page states, and says what it left out", async () => {
    const { text, ...details } = (await readArticleHtml(PAGE)) ?? { text: "" };
    expect(text).not.toBe("");
    expect(details).toEqual({
      title:
        "Russia foreign minister calls for nationwide dialogue in Afghanistan after Taliban takeover",
      publisher: "Press TV",
      url: "https://www.presstv.ir/Detail/2021/08/19/664764/Russia-Sergei-Lavrov-Afghanistan-Taliban-national-dialogue-",
      publishedAt: "2021-08-19",
      notes: [
        "Navigation, ads and other parts of the page around the article were left out (854 words kept of 1,120).",
      ],
    });
  });

  it("decodes entities and keeps a no-break space, leaving no markup in the text", async () => {
    const text = (await readArticleHtml(PAGE))?.text ?? "";
    expect(text).toContain("Reuters & TASS");
    expect(text).toContain("country.\u00a0The developments");
    expect(text).toContain("“A meeting has already been announced");
    expect(text).not.toMatch(/&[a-z#0-9]+;|<|>/i);
  });
});

describe("readArticleHtml refuses what is not an article, and runs nothing", () => {
  it("finds no article in a home page of links", async () => {
    expect(await readArticleHtml(fixture("article-page-home.html"))).toBeUndefined();
  });

  it("never runs the page's scripts or event handlers, nor reads them as text", async () => {
    const article = await readArticleHtml(fixture("article-page-script.html"));
    expect(Reflect.get(window, "sourcelinePageScriptRan")).toBeUndefined();
    const first = paragraphs(SOURCE).findIndex((p) =>
      p.startsWith("Meanwhile, the Afghan Taliban"),
    );
    expect(paragraphs(article?.text ?? "")).toEqual([
      "19 August 2021",
      ...paragraphs(SOURCE).slice(first, first + 3),
    ]);
  });
});

describe("readArticleHtml's date", () => {
  const ARTICLE = `<article><h1>Taliban announce safe-exit passage</h1>${paragraphs(SOURCE)
    .slice(20, 24)
    .map((p) => `<p>${p}</p>`)
    .join("")}</article>`;

  it("takes the date of the article's <time> when the page's metadata gives none", async () => {
    const article = await readArticleHtml(fixture("article-page-script.html"));
    expect(article?.publishedAt).toBe("2021-08-19");
  });

  it("says so when the page gives a date it cannot read, and leaves the date empty", async () => {
    const html = `<html><head><meta property="article:published_time" content="Thursday afternoon"></head><body>${ARTICLE}</body></html>`;
    const article = await readArticleHtml(html);
    expect(article?.publishedAt).toBeUndefined();
    expect(article?.notes).toContain(
      "The page gives its date as “Thursday afternoon”, which is not a date we read: enter it.",
    );
  });
});
