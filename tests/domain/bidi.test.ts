import { describe, expect, it } from "vitest";
import { isolate } from "../../src/domain/bidi";

describe("isolate", () => {
  it("wraps text in a first-strong isolate and its pop", () => {
    expect(isolate("\u202Eevil")).toBe("\u2068\u202Eevil\u2069");
  });
});
