import { describe, expect, it } from "vitest";
import { isolate, showControls } from "../../src/domain/bidi";

describe("isolate", () => {
  it("wraps text in a first-strong isolate and its pop", () => {
    expect(isolate("\u202Eevil")).toBe("\u2068\u202Eevil\u2069");
  });
});

describe("showControls", () => {
  it("writes direction controls out, so a value quoted in a message cannot reverse the words after it", () => {
    expect(showControls("\u202Eevil\u2066x\u200F")).toBe("\\u202Eevil\\u2066x\\u200F");
  });

  it("leaves other text, right-to-left letters included, as it is", () => {
    expect(showControls("کابل Kabul \u200B")).toBe("کابل Kabul \u200B");
  });
});
