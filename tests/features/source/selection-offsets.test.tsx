/* eslint-disable testing-library/no-node-access -- a Range is built from DOM nodes and offsets: its boundaries are what is tested */
import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { quoteAt } from "../../../src/domain/passage";
import type { Highlight } from "../../../src/domain/quote-segments";
import type { Source } from "../../../src/domain/types";
import { ArticlePane } from "../../../src/features/source/ArticlePane";
import { selectionOffsets } from "../../../src/features/source/selection-offsets";

const text =
  "First paragraph with 👨‍👩‍👧 family.\n\n" +
  "Second cafe\u0301 has a quoted passage here and more.\n\n" +
  "Third 🇦🇫 line\nwith a break.";
const source: Source = {
  id: "s",
  title: "Heading words",
  publisher: "P",
  url: "",
  publishedAt: "2021-08-19",
  text,
};
const at = (exact: string, eventId: string): Highlight => ({
  start: text.indexOf(exact),
  end: text.indexOf(exact) + exact.length,
  eventId,
  quoteIndex: 0,
});

function showArticle() {
  render(
    <ArticlePane
      source={source}
      highlights={[at("quoted passage", "one"), at("🇦🇫 line", "two")]}
      selectedId={undefined}
      titleOf={(id) => id}
      onSelect={() => {}}
    />,
  );
  return screen.getByRole("region", { name: "Article text" });
}

/** The text node and offset inside it that hold source offset `offset` (as the DOM shows it). */
function pointAt(article: HTMLElement, offset: number): [Node, number] {
  for (const run of article.querySelectorAll<HTMLElement>("[data-at]")) {
    const start = Number(run.dataset.at);
    const node = run.firstChild as Text;
    if (offset >= start && offset <= start + node.data.length) return [node, offset - start];
  }
  throw new Error(`no run holds ${offset}`);
}

function rangeOf(start: [Node, number], end: [Node, number]): Range {
  const range = document.createRange();
  range.setStart(...start);
  range.setEnd(...end);
  return range;
}

function selected(article: HTMLElement, range: Range | Selection): string | undefined {
  const offsets = selectionOffsets(range, article);
  return offsets && text.slice(offsets.start, offsets.end);
}

const from = (words: string) => text.indexOf(words);
const to = (words: string) => text.indexOf(words) + words.length;

describe("selectionOffsets", () => {
  it("maps every text position of the article to its source offset", () => {
    const article = showArticle();
    for (const words of ["paragraph with", "cafe\u0301 has", "quoted", "Third", "line\nwith"]) {
      const range = rangeOf(pointAt(article, from(words)), pointAt(article, to(words)));
      expect(selected(article, range)).toBe(words);
    }
  });

  it("maps ranges that start or end inside a highlighted quotation", () => {
    const article = showArticle();
    const range = rangeOf(pointAt(article, from("a quoted")), pointAt(article, to("passage here")));
    expect(selected(article, range)).toBe("a quoted passage here");
    const inside = rangeOf(pointAt(article, from("ted pas")), pointAt(article, to("ted pas")));
    expect(selected(article, inside)).toBe("ted pas");
  });

  it("maps a range across paragraphs", () => {
    const article = showArticle();
    const range = rangeOf(pointAt(article, from("family")), pointAt(article, to("Second")));
    expect(selected(article, range)).toBe("family.\n\nSecond");
  });

  it("maps a triple-click that ends at the start of the next paragraph", () => {
    const article = showArticle();
    const [first, second] = article.querySelectorAll("p");
    const range = rangeOf([first as Node, 0], [second as Node, 0]);
    const offsets = selectionOffsets(range, article);
    expect(offsets && text.slice(offsets.start, offsets.end)).toBe(
      "First paragraph with 👨‍👩‍👧 family.",
    );
    expect(offsets && quoteAt(text, offsets.start, offsets.end)?.exact).toBe(
      "First paragraph with 👨‍👩‍👧 family.",
    );
  });

  it("maps boundaries between the children of a mark or a paragraph", () => {
    const article = showArticle();
    const mark = screen.getByText("quoted passage");
    expect(selected(article, rangeOf([mark, 0], [mark, 1]))).toBe("quoted passage");
    const paragraph = mark.closest("p") as HTMLElement;
    const whole = rangeOf([paragraph, 0], [paragraph, paragraph.childNodes.length]);
    expect(selected(article, whole)).toBe("Second cafe\u0301 has a quoted passage here and more.");
  });

  it("gives raw offsets inside an emoji or a combining letter, which quoteAt widens", () => {
    const article = showArticle();
    const mid = from("👨‍👩‍👧") + 3;
    const offsets = selectionOffsets(
      rangeOf(pointAt(article, mid), pointAt(article, to("family"))),
      article,
    );
    expect(offsets?.start).toBe(mid);
    expect(offsets && quoteAt(text, offsets.start, offsets.end)?.exact).toBe("👨‍👩‍👧 family");
    const accent = to("cafe");
    const cut = selectionOffsets(
      rangeOf(pointAt(article, from("Second")), pointAt(article, accent)),
      article,
    );
    expect(cut && quoteAt(text, cut.start, cut.end)?.exact).toBe("Second cafe\u0301");
  });

  it("takes a backwards selection as the same words", () => {
    const article = showArticle();
    const selection = document.getSelection() as Selection;
    selection.setBaseAndExtent(
      ...pointAt(article, to("passage here")),
      ...pointAt(article, from("has")),
    );
    expect(selection.anchorOffset).toBeGreaterThan(0);
    expect(selected(article, selection)).toBe("has a quoted passage here");
    selection.removeAllRanges();
    expect(selectionOffsets(selection, article)).toBeUndefined();
  });

  it("clamps a range reaching into the heading or past the article to the article text", () => {
    const article = showArticle();
    const heading = screen.getByRole("heading", { name: "Heading words" });
    const fromHeading = rangeOf([heading.firstChild as Node, 3], pointAt(article, to("First")));
    expect(selected(article, fromHeading)).toBe("First");
    const toEnd = rangeOf(pointAt(article, from("with a")), [
      document.body,
      document.body.childNodes.length,
    ]);
    expect(selected(article, toEnd)).toBe("with a break.");
  });

  it("is undefined for a range that does not touch the article text", () => {
    const article = showArticle();
    const heading = screen.getByRole("heading", { name: "Heading words" });
    const range = rangeOf([heading.firstChild as Node, 0], [heading.firstChild as Node, 7]);
    expect(selectionOffsets(range, article)).toBeUndefined();
    const after = document.createElement("p");
    after.textContent = "elsewhere";
    document.body.append(after);
    expect(
      selectionOffsets(rangeOf([after.firstChild as Node, 0], [after, 1]), article),
    ).toBeUndefined();
    after.remove();
    const [first, second] = article.querySelectorAll("p");
    const gap = rangeOf([first as Node, (first as Node).childNodes.length], [second as Node, 0]);
    expect(selectionOffsets(gap, article)).toBeUndefined();
  });
});
