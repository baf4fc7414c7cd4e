import { describe, expect, it } from "vitest";
import { stableUuid } from "../../../src/data/export/annotation-id";

describe("stableUuid", () => {
  it("gives the same parts the same version 8 urn:uuid every time", () => {
    const id = stableUuid(["quote", "lavrov-press-conference", "0"]);
    expect(id).toMatch(
      /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(stableUuid(["quote", "lavrov-press-conference", "0"])).toBe(id);
  });

  it("tells apart parts that join to the same text", () => {
    expect(stableUuid(["ab", "c"])).not.toBe(stableUuid(["a", "bc"]));
    expect(stableUuid(["quote", "a", "0"])).not.toBe(stableUuid(["quote", "a", "1"]));
  });
});
