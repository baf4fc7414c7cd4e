import { defined } from "./page-tags";
import { describe, expect, it } from "vitest";
import { estimateWidth, wrapText } from "../../../src/features/publish/text-wrap";

const options = { width: 400, fontSize: 20, maxLines: 3 };

describe("wrapText", () => {
  it("keeps short text on one line", () => {
    expect(wrapText("Lavrov speaks", options)).toEqual(["Lavrov speaks"]);
  });
  it("breaks at words so every line fits the width", () => {
    const lines = wrapText("word ".repeat(40), { ...options, maxLines: 20 });
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(estimateWidth(line, 20)).toBeLessThanOrEqual(400);
    expect(lines.join(" ")).toBe("word ".repeat(40).trim());
  });
  it("cuts what does not fit in the lines allowed with an ellipsis", () => {
    const lines = wrapText("word ".repeat(200), options);
    expect(lines).toHaveLength(3);
    expect(defined(lines[2]).endsWith("…")).toBe(true);
    expect(estimateWidth(defined(lines[2]), 20)).toBeLessThanOrEqual(400);
  });
  it("splits a word longer than a line", () => {
    const lines = wrapText("x".repeat(100), options);
    for (const line of lines) expect(estimateWidth(line, 20)).toBeLessThanOrEqual(400);
    expect(defined(lines.at(-1)).endsWith("…")).toBe(true);
  });
});
