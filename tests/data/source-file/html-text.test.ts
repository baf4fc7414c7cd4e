// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { blockText, wordCount } from "../../../src/data/source-file/html-text";

/** The text of an HTML fragment, as a source would hold it. */
const textOf = (html: string) => blockText(new DOMParser().parseFromString(html, "text/html").body);

describe("blockText makes one paragraph of each block", () => {
  it("separates paragraphs, headings, list items and quotations by a blank line", () => {
    expect(
      textOf(
        "<h2>China</h2><p>Hua said</p><blockquote>it will not</blockquote><ul><li>one</li><li>two</li></ul>",
      ),
    ).toBe("China\n\nHua said\n\nit will not\n\none\n\ntwo");
  });

  it("collapses the spaces and line breaks of the markup to one space, and keeps a no-break space", () => {
    expect(
      textOf("<p>\n   Lavrov   said\n\t on <b>Thursday</b> <i> that</i>\u00a0Moscow\n</p>"),
    ).toBe("Lavrov said on Thursday that\u00a0Moscow");
  });

  it("makes <br> a line break and <br><br> a new paragraph", () => {
    expect(textOf("<p>Kabul<br>Sunday<br><br>Moscow</p>")).toBe("Kabul\nSunday\n\nMoscow");
  });

  it("keeps the spaces and lines of <pre>", () => {
    expect(textOf("<pre>  a  b\n  c</pre><p>d</p>")).toBe("  a  b\n  c\n\nd");
  });

  it("puts a table's row on one line, its cells apart", () => {
    expect(
      textOf(
        "<table><tr><th>Date</th><th>Event</th></tr><tr><td>15 Aug</td><td>Kabul</td></tr></table>",
      ),
    ).toBe("Date\tEvent\n\n15 Aug\tKabul");
  });

  it("reads no script, style, or form control, and decodes entities", () => {
    expect(
      textOf(
        "<p>Q&amp;A &ldquo;now&rdquo;<script>var x = 1;</script><style>p{}</style><button>Share</button></p>",
      ),
    ).toBe("Q&A “now”");
  });

  it("reads a page nested a hundred thousand elements deep without overflowing the stack", () => {
    // Plain objects with the few Node fields blockText reads: jsdom itself overflows its stack
    // building a tree this deep (a browser's DOM does not).
    let node: object = { nodeType: 3, nodeName: "#text", nodeValue: "deep words", childNodes: [] };
    for (let depth = 0; depth < 100_000; depth++) {
      node = {
        nodeType: 1,
        nodeName: depth % 2 ? "DIV" : "SPAN",
        nodeValue: null,
        childNodes: [node],
      };
    }
    expect(blockText(node as Node)).toBe("deep words");
  });
});

describe("wordCount", () => {
  it("counts the words between spaces", () => {
    expect(wordCount("  Lavrov said,\n\non Thursday ")).toBe(4);
    expect(wordCount("")).toBe(0);
  });
});
