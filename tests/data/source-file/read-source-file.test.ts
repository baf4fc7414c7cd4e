// @vitest-environment jsdom
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { FIELD_CAPS } from "../../../src/data/field-caps";
import { readSourceFile, sourceFormat } from "../../../src/data/source-file/read-source-file";

const utf8 = (text: string) => new TextEncoder().encode(text);
const bytes = (...parts: (readonly number[] | Uint8Array)[]): Uint8Array<ArrayBuffer> =>
  new Uint8Array(parts.flatMap((part) => [...part]));
const fileOf = (name: string, content: Uint8Array | string) =>
  new File([bytes(typeof content === "string" ? utf8(content) : content)], name);
const fixture = (name: string) => readFileSync(`tests/fixtures/${name}`);

/** The message readSourceFile refuses the file with. */
async function refusal(file: File): Promise<string> {
  try {
    await readSourceFile(file);
  } catch (error) {
    if (error instanceof Error) return error.message;
  }
  throw new Error("expected a refusal");
}

describe("readSourceFile reads a text file", () => {
  it("drops the byte order mark and makes Windows line ends \\n", async () => {
    const file = fileOf(
      "lavrov.txt",
      bytes([0xef, 0xbb, 0xbf], utf8("Lavrov said\r\n\r\nMoscow\r\n")),
    );
    expect(await readSourceFile(file)).toEqual({
      text: "Lavrov said\n\nMoscow\n",
      format: "text",
      notes: [],
    });
  });

  it("composes decomposed letters (NFD) into NFC", async () => {
    const { text } = await readSourceFile(fileOf("kabul.txt", "Ka\u0304bul"));
    expect(text).toBe("K\u0101bul");
  });

  it("decodes UTF-16 with a byte order mark, little- or big-endian", async () => {
    const le = new Uint8Array(Buffer.from("Kābul, Thursday", "utf16le"));
    const be = le.map((_, i) => le[i ^ 1] ?? 0);
    expect((await readSourceFile(fileOf("le.txt", bytes([0xff, 0xfe], le)))).text).toBe(
      "Kābul, Thursday",
    );
    expect((await readSourceFile(fileOf("be.txt", bytes([0xfe, 0xff], be)))).text).toBe(
      "Kābul, Thursday",
    );
  });

  it("shows bytes that are not UTF-8 as U+FFFD, and says so", async () => {
    const content = await readSourceFile(fileOf("old.txt", bytes(utf8("Ka"), [0xe2], utf8("bul"))));
    expect(content.text).toBe("Ka\uFFFDbul");
    expect(content.notes).toEqual([
      "Some bytes of old.txt are not UTF-8 text; each shows as �. If letters look wrong, save the file as UTF-8 and open it again.",
    ]);
  });

  it("reads markdown as it is, its leading heading as the title", async () => {
    const markdown = "\n# Lavrov calls for dialogue #\n\n*Moscow*, Thursday.\n\n# Later\n";
    expect(await readSourceFile(fileOf("lavrov.md", markdown))).toEqual({
      text: markdown,
      format: "markdown",
      title: "Lavrov calls for dialogue",
      notes: [],
    });
    expect(
      (await readSourceFile(fileOf("notes.md", "Intro\n\n# Heading\n"))).title,
    ).toBeUndefined();
  });
});

describe("readSourceFile reads a saved web page", () => {
  it("gives the article's text and details, by the .html extension", async () => {
    const content = await readSourceFile(fileOf("article.html", fixture("article-page.html")));
    expect(content.format).toBe("html");
    expect(content.title).toBe(
      "Russia foreign minister calls for nationwide dialogue in Afghanistan after Taliban takeover",
    );
    expect(content.publishedAt).toBe("2021-08-19");
    expect(content.text).toMatch(/^Russian Foreign Minister Sergei Lavrov\n\nRussia has called/);
    expect(content.notes).toHaveLength(1);
  });

  it("knows a page by how it starts, whatever its name", () => {
    expect(sourceFormat("download", "\uFEFF  <!DOCTYPE html><html>")).toBe("html");
    expect(sourceFormat("page.txt", "<!-- saved from url=(0010)x -->\n<html lang=en>")).toBe(
      "html",
    );
    expect(sourceFormat("page.htm", "anything")).toBe("html");
    expect(sourceFormat("notes.txt", "<b>not a page</b>")).toBe("text");
  });

  it("refuses a page with no article, and offers pasting its text", async () => {
    expect(await refusal(fileOf("home.html", fixture("article-page-home.html")))).toBe(
      "home.html holds no article that could be read (it looks like a page of links, or an empty page): paste the article's text instead.",
    );
  });

  it("reads a page in the charset it declares when it is not UTF-8", async () => {
    const page = `<html><head><meta charset="windows-1252"></head><body><article><p>${"Am\u00e9lie said on Thursday that the talks in Moscow would go on. ".repeat(4)}</p></article></body></html>`;
    const latin1 = new Uint8Array([...page].map((c) => c.charCodeAt(0)));
    const content = await readSourceFile(fileOf("old.html", latin1));
    expect(content.text).toMatch(/^Amélie said on Thursday/);
    expect(content.notes.join(" ")).not.toContain("not UTF-8");
  });
});

describe("readSourceFile refuses what cannot be a source, in words", () => {
  it("names a PDF and says what to do instead", async () => {
    expect(await refusal(fileOf("report.pdf", "%PDF-1.7\n%âãÏÓ\n1 0 obj"))).toBe(
      "report.pdf is a PDF document, not text: save the article as a web page (.html) or copy its text and paste it.",
    );
  });

  it("names a Word file (a ZIP archive) and a file of zero bytes", async () => {
    expect(await refusal(fileOf("report.docx", bytes([0x50, 0x4b, 0x03, 0x04, 0x14])))).toMatch(
      /^report\.docx is a ZIP archive \(or a Word or Excel file, which is one\), not text: /,
    );
    expect(
      await refusal(fileOf("photo.jpg", bytes([0xff, 0xd8, 0xff, 0, 0x10, 0x4a, 0, 0]))),
    ).toMatch(/^photo\.jpg is not a text file/);
  });

  it("refuses an empty file, or one of only spaces", async () => {
    expect(await refusal(fileOf("empty.txt", ""))).toBe(
      "empty.txt is empty: open the file that holds the article, or paste its text.",
    );
    expect(await refusal(fileOf("blank.md", " \r\n\t\n"))).toMatch(/^blank\.md is empty/);
  });

  it("refuses a text longer than a source may be", async () => {
    const long = fileOf("books.txt", "a".repeat(FIELD_CAPS.sourceText + 1));
    expect(await refusal(long)).toBe(
      "books.txt holds 5,000,001 characters, more than the 5,000,000 a source may hold: keep the part you quote, or split it into several sources.",
    );
  });

  it("stops when its signal is aborted", async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(
      readSourceFile(fileOf("lavrov.txt", "Lavrov"), { signal: controller.signal }),
    ).rejects.toMatchObject({ name: "AbortError" });
  });
});
