// An article's HTML as a source's text: one paragraph per block, separated by a blank line, the
// way paragraphsOf (src/domain/quote-segments.ts) splits them again for the article pane.

// Elements that start and end a paragraph of their own.
const BLOCKS = new Set([
  "address",
  "article",
  "aside",
  "blockquote",
  "caption",
  "dd",
  "details",
  "div",
  "dl",
  "dt",
  "figcaption",
  "figure",
  "footer",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "hr",
  "li",
  "main",
  "nav",
  "ol",
  "p",
  "pre",
  "section",
  "summary",
  "table",
  "tbody",
  "tfoot",
  "thead",
  "tr",
  "ul",
]);

// Never read: code, styles and things that are not the page's words.
const SKIPPED = new Set([
  "script",
  "style",
  "noscript",
  "template",
  "iframe",
  "object",
  "embed",
  "svg",
  "math",
  "canvas",
  "video",
  "audio",
  "select",
  "button",
  "input",
  "textarea",
]);

// HTML collapses these, and only these: a no-break space (U+00A0) is a character of the text.
const HTML_SPACES = /[ \t\n\f\r]+/g;

/** The text of `root`: a paragraph per block element, `<br>` a line break, spaces collapsed. */
export function blockText(root: Node): string {
  const paragraphs: string[] = [];
  let current = "";
  const endParagraph = (inPre: boolean) => {
    paragraphs.push(...paragraphsIn(current, inPre));
    current = "";
  };
  // Iterative, not recursive: a page nested ten thousand deep must not overflow the stack.
  const stack: (Node | "end")[] = [root];
  // For each open block, whether it is (or is inside) a <pre>, whose spaces and lines are kept.
  const pre: boolean[] = [false];
  const inPre = () => pre[pre.length - 1] === true;
  while (stack.length > 0) {
    const item = stack.pop() as Node | "end";
    if (item === "end") {
      endParagraph(inPre());
      pre.pop();
      continue;
    }
    if (item.nodeType === TEXT_NODE) {
      current += inPre() ? (item.nodeValue ?? "") : collapsed(item.nodeValue ?? "", current);
      continue;
    }
    if (item.nodeType !== ELEMENT_NODE && item !== root) continue;
    const tag = item.nodeName.toLowerCase();
    if (SKIPPED.has(tag)) continue;
    if (tag === "br") current += "\n";
    // Cells of a row stay on the row's line, apart.
    if (tag === "td" || tag === "th") current += "\t";
    if (BLOCKS.has(tag)) {
      endParagraph(inPre());
      pre.push(inPre() || tag === "pre");
      stack.push("end");
    }
    const children = item.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as Node);
  }
  endParagraph(false);
  return paragraphs.join("\n\n");
}

// Node.TEXT_NODE and Node.ELEMENT_NODE, written out so that this file needs no DOM globals.
const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** A text node's words with its spaces collapsed, and no space after one already written. */
function collapsed(data: string, before: string): string {
  const words = data.replace(HTML_SPACES, " ");
  return words.startsWith(" ") && /(^|[ \t\n])$/.test(before) ? words.slice(1) : words;
}

/** The paragraphs of one block's text: trimmed lines, a new paragraph where a line is blank. */
function paragraphsIn(text: string, inPre: boolean): string[] {
  return text
    .split(/\n[ \t]*\n/)
    .map((paragraph) =>
      paragraph
        .split("\n")
        .map((line) => (inPre ? line.replace(/[ \t]+$/, "") : line.replace(/^[ \t]+|[ \t]+$/g, "")))
        .filter((line) => line.trim() !== "")
        .join("\n"),
    )
    .filter((paragraph) => paragraph !== "");
}

/** How many words the text holds (runs of letters, digits and marks between spaces). */
export function wordCount(text: string): number {
  return text.split(/\s+/).filter((word) => word !== "").length;
}
