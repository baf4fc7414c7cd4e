import { describe, expect, it } from "vitest";
import { escapeXml, fitText, wrapText } from "../../src/domain/svg-text";

describe("escapeXml", () => {
  it("writes markup characters as entities and replaces what XML cannot hold", () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe(
      "&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;",
    );
    expect(escapeXml("a\u0000b\uDC00c😀")).toBe("a\uFFFDb\uFFFDc😀");
  });
});

describe("fitText and wrapText", () => {
  it("cuts a title that would run past its room, with an ellipsis", () => {
    expect(fitText("Short", 200, 10)).toBe("Short");
    expect(fitText("A title far too long for the room", 55, 10)).toBe("A title f…");
  });

  it("breaks text into lines at word ends, the last cut when it runs out of lines", () => {
    expect(wrapText("one two three four", 55, 10, 3)).toEqual(["one two", "three four"]);
    expect(wrapText("one two three four five six", 55, 10, 2)).toEqual(["one two", "three fou…"]);
  });
});
