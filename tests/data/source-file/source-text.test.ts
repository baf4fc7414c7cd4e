import { describe, expect, it } from "vitest";
import { normalizeSourceText } from "../../../src/data/source-file/source-text";

describe("normalizeSourceText", () => {
  it("drops a leading byte order mark and makes every line end \\n", () => {
    expect(normalizeSourceText("\uFEFFKabul\r\nSunday\rMoscow\n")).toBe("Kabul\nSunday\nMoscow\n");
  });

  it("keeps a byte order mark that is not at the start (it is a character of the text)", () => {
    expect(normalizeSourceText("a\uFEFFb")).toBe("a\uFEFFb");
  });

  it("composes letters typed as a letter and an accent (NFD) into one (NFC)", () => {
    const decomposed = "Ka\u0304bul, Ame\u0301lie";
    expect(normalizeSourceText(decomposed)).toBe("K\u0101bul, Am\u00e9lie");
  });

  it("replaces a lone surrogate with U+FFFD, keeping the length", () => {
    expect(normalizeSourceText("a\uD800b")).toBe("a\uFFFDb");
  });

  it("changes nothing the second time", () => {
    const once = normalizeSourceText("\uFEFFe\u0301\r\n\r\nx");
    expect(normalizeSourceText(once)).toBe(once);
  });
});
