// TimelineJS fields hold HTML, but we show them as plain text. This is a small, DOM-free reading
// of the WHATWG tokenizer (it must run in a Web Worker and in Node): every step moves forward, so
// time is linear, and input that ends inside a tag or comment is dropped, as browsers drop it.

type Tag = { readonly name: string; readonly start: number; readonly end: number };
type HtmlToken =
  | { readonly kind: "text"; readonly text: string }
  | (Tag & { readonly kind: "open"; readonly attributes: ReadonlyMap<string, string> })
  | (Tag & { readonly kind: "close" });

// Their text is code or markup, never something the author meant to show.
const RAW_TEXT = new Set(["script", "style", "iframe", "noscript"]);
// These hold parsed markup and may nest, so their contents are dropped by depth.
const NESTED_HIDDEN = new Set(["template", "object"]);
const BLOCKS = new Set(
  (
    "address article aside blockquote dd div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 " +
    "header hr li main nav ol pre section table tr ul"
  ).split(" "),
);

function isSpace(char: string | undefined): boolean {
  return char === " " || char === "\n" || char === "\t" || char === "\r" || char === "\f";
}

function isLetter(char: string | undefined): boolean {
  return char !== undefined && /^[A-Za-z]$/.test(char);
}

function endsName(char: string | undefined): boolean {
  return char === undefined || isSpace(char) || char === "/" || char === ">";
}

/** The tag whose name starts at `from`, or undefined when the input ends inside it. */
function readTag(html: string, from: number) {
  let i = from;
  while (!endsName(html[i])) i++;
  const name = html.slice(from, i).toLowerCase();
  const attributes = new Map<string, string>();
  while (i < html.length) {
    if (html[i] === ">") return { name, attributes, end: i + 1 };
    if (isSpace(html[i]) || html[i] === "/") {
      i++;
      continue;
    }
    const nameStart = i++; // a leading "=" belongs to the name, as in the spec
    while (!endsName(html[i]) && html[i] !== "=") i++;
    const attribute = html.slice(nameStart, i).toLowerCase();
    while (isSpace(html[i])) i++;
    let value = "";
    if (html[i] === "=") {
      i++;
      while (isSpace(html[i])) i++;
      const quote = html[i];
      if (quote === '"' || quote === "'") {
        const close = html.indexOf(quote, i + 1);
        if (close === -1) return undefined;
        value = html.slice(i + 1, close);
        i = close + 1;
      } else {
        const valueStart = i;
        while (i < html.length && !isSpace(html[i]) && html[i] !== ">") i++;
        value = html.slice(valueStart, i);
      }
    }
    // The first of two same-named attributes wins, as in browsers.
    if (!attributes.has(attribute)) attributes.set(attribute, value);
  }
  return undefined;
}

/** Where the `</name>` that ends a raw-text element starts, or the end of the input. */
function rawTextEnd(html: string, from: number, name: string): number {
  for (let i = html.indexOf("</", from); i !== -1; i = html.indexOf("</", i + 2)) {
    const after = i + 2 + name.length;
    if (html.slice(i + 2, after).toLowerCase() === name && endsName(html[after])) return i;
  }
  return html.length;
}

/** Where the markup starting with the `<` at `lt` ends, for comments, doctypes and the like. */
function skippedMarkupEnd(html: string, lt: number): number {
  if (html.startsWith("<!--", lt)) {
    if (html.startsWith(">", lt + 4)) return lt + 5;
    if (html.startsWith("->", lt + 4)) return lt + 6;
    const close = html.indexOf("-->", lt + 4);
    return close === -1 ? html.length : close + 3;
  }
  const close = html.indexOf(">", lt);
  return close === -1 ? html.length : close + 1;
}

function* tokens(html: string): Generator<HtmlToken> {
  let textStart = 0;
  let i = 0;
  while ((i = html.indexOf("<", i)) !== -1) {
    const lt = i;
    const next = html[lt + 1];
    const closing = next === "/";
    // "</" at the very end is text too, as in browsers.
    const markup =
      isLetter(next) || next === "!" || next === "?" || (closing && lt + 2 < html.length);
    if (!markup) {
      i++; // a lone "<", as in "a < b", is text
      continue;
    }
    if (lt > textStart) yield { kind: "text", text: html.slice(textStart, lt) };
    if (closing ? isLetter(html[lt + 2]) : isLetter(next)) {
      const tag = readTag(html, lt + (closing ? 2 : 1));
      if (!tag) return;
      if (closing) yield { kind: "close", name: tag.name, start: lt, end: tag.end };
      else yield { kind: "open", ...tag, start: lt };
      i = !closing && RAW_TEXT.has(tag.name) ? rawTextEnd(html, tag.end, tag.name) : tag.end;
    } else {
      i = skippedMarkupEnd(html, lt);
    }
    textStart = i;
  }
  if (textStart < html.length) yield { kind: "text", text: html.slice(textStart) };
}

/** The tokens a reader would see: the contents of templates and objects are dropped. */
function* visibleTokens(html: string): Generator<HtmlToken> {
  let hidden: string | undefined;
  let depth = 0;
  for (const token of tokens(html)) {
    if (hidden === undefined) {
      if (token.kind !== "open" || !NESTED_HIDDEN.has(token.name)) yield token;
      else {
        hidden = token.name;
        depth = 1;
      }
    } else if (token.kind !== "text" && token.name === hidden) {
      depth += token.kind === "open" ? 1 : -1;
      if (depth === 0) hidden = undefined;
    }
  }
}

const NAMED_ENTITIES = entityTable(
  "amp=& lt=< gt=> quot=\" apos=' ndash=– mdash=— hellip=… lsquo=‘ rsquo=’ sbquo=‚ ldquo=“ " +
    "rdquo=” bdquo=„ laquo=« raquo=» lsaquo=‹ rsaquo=› copy=© reg=® trade=™ deg=° middot=· " +
    "bull=• times=× divide=÷ minus=− plusmn=± euro=€ pound=£ yen=¥ cent=¢ sect=§ para=¶ " +
    "dagger=† Dagger=‡ prime=′ Prime=″ frac12=½ frac14=¼ frac34=¾ sup1=¹ sup2=² sup3=³ " +
    "micro=µ iexcl=¡ iquest=¿ ordf=ª ordm=º larr=← rarr=→ uarr=↑ darr=↓ harr=↔ szlig=ß " +
    "aelig=æ AElig=Æ oelig=œ OElig=Œ eth=ð ETH=Ð thorn=þ THORN=Þ",
  "aacute=á agrave=à acirc=â atilde=ã auml=ä aring=å ccedil=ç eacute=é egrave=è ecirc=ê " +
    "euml=ë iacute=í igrave=ì icirc=î iuml=ï ntilde=ñ oacute=ó ograve=ò ocirc=ô otilde=õ " +
    "ouml=ö oslash=ø uacute=ú ugrave=ù ucirc=û uuml=ü yacute=ý yuml=ÿ scaron=š zcaron=ž",
);

/** `name=char` pairs; each accented letter also gets its capital (`Eacute` → É). */
function entityTable(symbols: string, letters: string): ReadonlyMap<string, string> {
  const table = new Map([
    ["nbsp", " "], // shown as an ordinary space
    ["shy", ""], // a hyphenation hint, invisible in plain text
  ]);
  const add = (pair: string, capitalize: boolean) => {
    const [name = "", char = ""] = pair.split("=");
    table.set(name, char);
    if (capitalize) table.set(name.charAt(0).toUpperCase() + name.slice(1), char.toUpperCase());
  };
  for (const pair of symbols.split(" ")) add(pair, false);
  for (const pair of letters.split(" ")) add(pair, true);
  return table;
}

// Browsers read &#128;–&#159; as Windows-1252, as old word processors meant them.
const WINDOWS_1252 = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152,
  0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122,
  0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

function codePointText(code: number): string {
  if (code >= 0x80 && code <= 0x9f) return String.fromCodePoint(WINDOWS_1252[code - 0x80] ?? code);
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return "\ufffd";
  return String.fromCodePoint(code);
}

// Named references need their ";" so that "AT&T" and "?a=1&copy=2" stay as written.
const ENTITY = /&(?:#[xX]([0-9a-fA-F]+);?|#([0-9]+);?|([A-Za-z][A-Za-z0-9]{0,31});)/g;

function decodeEntities(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(ENTITY, (match, hex?: string, decimal?: string, name?: string) => {
    if (name !== undefined) return NAMED_ENTITIES.get(name) ?? match;
    return codePointText(hex === undefined ? Number(decimal) : parseInt(hex, 16));
  });
}

// As in `innerText`: paragraphs ask for a blank line, other blocks for a line break, and
// requests that meet merge instead of adding up; `<br>` is a line break of its own.
type TextOutput = { parts: string[]; breaks: number };

function write(output: TextOutput, text: string, isBreak = false): void {
  const blank = !isBreak && !/\S/.test(text);
  if (output.parts.length === 0 || output.breaks > 0) {
    if (blank) return; // the source's whitespace between blocks
    if (output.parts.length > 0) output.parts.push("\n".repeat(output.breaks));
    output.breaks = 0;
  }
  output.parts.push(text);
}

function writeTag(output: TextOutput, name: string): void {
  if (name === "br") write(output, "\n", true);
  else if (name === "p") output.breaks = Math.max(output.breaks, 2);
  else if (BLOCKS.has(name)) output.breaks = Math.max(output.breaks, 1);
  else if (name === "td" || name === "th") write(output, " ");
}

function tidyLines(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .replace(/\u00ad/g, "")
    .split("\n")
    .map((line) => line.replace(/\s+/g, " ").trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** Plain text of a snippet of HTML: tags dropped, entities decoded, block breaks kept as newlines. */
export function htmlToText(html: string): string {
  const output: TextOutput = { parts: [], breaks: 0 };
  for (const token of visibleTokens(html)) {
    // Closing tags count too: `</br>` and `</p>` act as `<br>` and `<p>`, as in browsers.
    if (token.kind === "text") write(output, decodeEntities(token.text));
    else writeTag(output, token.name);
  }
  return tidyLines(output.parts.join(""));
}

/** The href as a browser would read it, if it is http(s); protocol-relative becomes https. */
function webHref(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  // The URL parser drops tabs and newlines anywhere and controls or spaces at either end.
  const href = decodeEntities(raw).replace(/[\t\n\r]/g, "");
  let start = 0;
  let end = href.length;
  while (start < end && href.charCodeAt(start) <= 0x20) start++;
  while (end > start && href.charCodeAt(end - 1) <= 0x20) end--;
  const url = href.slice(start, end);
  if (/^https?:\/\/[^\s/\\?#]/i.test(url)) return url;
  if (/^\/\/[^\s/\\?#]/.test(url)) return `https:${url}`;
  return undefined;
}

/** The http(s) links of a snippet of HTML, in order: [{ text, href }]. */
export function htmlLinks(html: string): { text: string; href: string }[] {
  const links: { text: string; href: string }[] = [];
  let open: { href: string; contentStart: number } | undefined;
  const finish = (contentEnd: number) => {
    if (!open) return;
    const text = htmlToText(html.slice(open.contentStart, contentEnd));
    links.push({ text: text || open.href, href: open.href });
    open = undefined;
  };
  for (const token of visibleTokens(html)) {
    if (token.kind === "text" || token.name !== "a") continue;
    finish(token.start); // links do not nest: a new <a> ends the last one
    const href = token.kind === "open" ? webHref(token.attributes.get("href")) : undefined;
    if (href !== undefined) open = { href, contentStart: token.end };
  }
  finish(html.length);
  return links;
}
