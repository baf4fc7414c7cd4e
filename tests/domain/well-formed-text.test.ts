import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toWellFormedText } from "../../src/domain/well-formed-text";
import { hostileString } from "../fixtures/hostile-strings";

describe("toWellFormedText", () => {
  it("replaces a lone high or low surrogate with U+FFFD", () => {
    expect(toWellFormedText("Ka\uD800bul")).toBe("Ka\uFFFDbul");
    expect(toWellFormedText("\uDC00Kabul\uD83D")).toBe("\uFFFDKabul\uFFFD");
  });

  it("keeps a surrogate pair (an emoji) as it is", () => {
    expect(toWellFormedText("flag 🇦🇫 and \uD83D\uDE00")).toBe("flag 🇦🇫 and \uD83D\uDE00");
  });

  it("keeps the length, so offsets into a source text still hold, and is what toWellFormed gives", () => {
    fc.assert(
      fc.property(hostileString(), (text) => {
        const result = toWellFormedText(text);
        expect(result).toHaveLength(text.length);
        expect(() => encodeURIComponent(result)).not.toThrow();
        const native = (text as unknown as { toWellFormed?: () => string }).toWellFormed;
        if (native) expect(result).toBe(native.call(text));
      }),
    );
  });
});
