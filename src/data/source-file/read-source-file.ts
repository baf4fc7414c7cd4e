import { formatCount } from "../../domain/count";
import { FIELD_CAPS } from "../field-caps";
import { decodeTextBytes, notTextKind } from "../sniff-bytes";
import { readArticleHtml } from "./article-html";
import { notTextMessage } from "./not-text";
import { normalizeSourceText } from "./source-text";

/** What a file given as a source holds: its text, and the details it states about itself. */
export interface SourceFileContent {
  /** Normalised (see normalizeSourceText), paragraphs separated by a blank line. */
  readonly text: string;
  readonly format: SourceFormat;
  /** Details found in the file, to pre-fill the form (the user checks them). */
  readonly title?: string;
  readonly publisher?: string;
  readonly url?: string;
  /** YYYY-MM-DD when the page states it. */
  readonly publishedAt?: string;
  /** What the reading dropped or could not do, in words. */
  readonly notes: readonly string[];
}

export type SourceFormat = "text" | "markdown" | "html";

// A saved page with its images inlined can run to tens of megabytes; past this, reading it
// would hold the page for long, and no article is that long (its text is capped far lower).
const MAX_FILE_BYTES = 50 * 1024 * 1024;

/**
 * The source a .txt, .md or saved .html file holds. Throws an Error whose message says, in a
 * sentence naming the file, why it cannot be a source and what to do instead.
 */
export async function readSourceFile(
  file: File,
  options: { signal?: AbortSignal } = {},
): Promise<SourceFileContent> {
  const { signal } = options;
  const name = file.name || "The file";
  if (file.size > MAX_FILE_BYTES) {
    throw new Error(
      `${name} is ${formatCount(Math.round(file.size / 1024 / 1024))} MB, too large to be an article: open the article's own page (.html or .txt), or paste its text.`,
    );
  }
  signal?.throwIfAborted();
  const bytes = new Uint8Array(await file.arrayBuffer());
  signal?.throwIfAborted();
  if (bytes.length === 0) throw new Error(emptyMessage(name));
  const kind = notTextKind(bytes);
  if (kind) throw new Error(notTextMessage(name, kind));
  // Bytes that are not UTF-8 become U+FFFD, as a browser shows them, so that offsets still hold.
  const decoded = decodeTextBytes(bytes, "replace").text;
  const format = sourceFormat(name, decoded);
  const content =
    format === "html"
      ? await htmlContent(name, declaredCharsetText(bytes, decoded), signal)
      : plainContent(decoded, format);
  if (content.text.trim() === "") throw new Error(emptyMessage(name));
  if (content.text.length > FIELD_CAPS.sourceText) {
    throw new Error(
      `${name} holds ${formatCount(content.text.length)} characters, more than the ${formatCount(FIELD_CAPS.sourceText)} a source may hold: keep the part you quote, or split it into several sources.`,
    );
  }
  if (content.text.includes("\uFFFD")) {
    return { ...content, notes: [...content.notes, replacedNote(name)] };
  }
  return content;
}

/** The format a file is in, by its name's extension, else by how its text starts. */
export function sourceFormat(name: string, text: string): SourceFormat {
  if (/\.(html?|xhtml)$/i.test(name)) return "html";
  if (/\.(md|markdown)$/i.test(name)) return "markdown";
  const start = text.slice(0, 4_000).replace(/^\uFEFF/, "");
  return /^\s*(<!--[\s\S]*?-->\s*)*<(!doctype\s+html|html)[\s>]/i.test(start) ? "html" : "text";
}

/** Plain text and markdown as they are (markdown is text: it is not rendered). */
function plainContent(decoded: string, format: SourceFormat): SourceFileContent {
  const text = normalizeSourceText(decoded);
  const heading = format === "markdown" ? /^\s*#[ \t]+(.+?)[ \t#]*$/m.exec(text) : null;
  const leading = heading && text.slice(0, heading.index).trim() === "";
  return { text, format, ...(leading && heading[1] ? { title: heading[1] } : {}), notes: [] };
}

async function htmlContent(
  name: string,
  html: string,
  signal: AbortSignal | undefined,
): Promise<SourceFileContent> {
  let article: Awaited<ReturnType<typeof readArticleHtml>>;
  try {
    article = await readArticleHtml(html);
  } catch (error) {
    const reason = error instanceof Error ? ` (${error.message})` : "";
    throw new Error(
      `${name} could not be read as a web page${reason}: paste the article's text instead.`,
    );
  }
  signal?.throwIfAborted();
  if (!article) {
    throw new Error(
      `${name} holds no article that could be read (it looks like a page of links, or an empty page): paste the article's text instead.`,
    );
  }
  const { text, title, publisher, ...rest } = article;
  return {
    ...rest,
    text: normalizeSourceText(text),
    format: "html",
    ...(title ? { title: normalizeSourceText(title) } : {}),
    ...(publisher ? { publisher: normalizeSourceText(publisher) } : {}),
  };
}

/** A saved page that is not UTF-8 but names its charset (`<meta charset=…>`), read in it. */
function declaredCharsetText(bytes: Uint8Array, decoded: string): string {
  if (!decoded.includes("\uFFFD")) return decoded;
  const label = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(decoded.slice(0, 4_000))?.[1];
  try {
    return label ? new TextDecoder(label).decode(bytes) : decoded;
  } catch {
    // A label TextDecoder does not know: keep the UTF-8 reading, with its U+FFFD.
    return decoded;
  }
}

function emptyMessage(name: string): string {
  return `${name} is empty: open the file that holds the article, or paste its text.`;
}

function replacedNote(name: string): string {
  return `Some bytes of ${name} are not UTF-8 text; each shows as �. If letters look wrong, save the file as UTF-8 and open it again.`;
}
