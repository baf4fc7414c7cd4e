import { parseDocument, DomUtils } from "htmlparser2";
import { defined } from "./page-tags";
import { describe, expect, it } from "vitest";
import { CARD_HEIGHT, CARD_WIDTH, eventCardSvg } from "../../../src/features/publish/event-card";
import { kabulDataset } from "../../fixtures/kabul";

const kabul = kabulDataset();

function cardText(svg: string): string[] {
  const document = parseDocument(svg, { xmlMode: true });
  return DomUtils.getElementsByTagName("tspan", document)
    .concat(
      DomUtils.getElementsByTagName("text", document).filter(
        (node) => !DomUtils.getElementsByTagName("tspan", node).length,
      ),
    )
    .map((node) => DomUtils.textContent(node));
}

describe("eventCardSvg", () => {
  it("is 1200×630 and shows the dataset, the title, the date, the quotation and its source", () => {
    const event = defined(kabul.events.find((candidate) => candidate.quotes[0]?.speaker));
    const svg = eventCardSvg(kabul, event);
    expect(CARD_WIDTH).toBe(1200);
    expect(CARD_HEIGHT).toBe(630);
    expect(svg).toContain('width="1200" height="630"');
    const text = cardText(svg).join(" ");
    expect(text).toContain(kabul.title);
    expect(text).toContain("Aug 2021");
    expect(text).toContain(`— ${defined(event.quotes[0]).speaker}, Press TV`);
    expect(text).toContain("“");
  });

  it("cuts a long title and quotation with an ellipsis, and keeps markup in them as text", () => {
    const event = {
      ...defined(kabul.events[0]),
      title: `</text><script>x</script> ${"very long title ".repeat(20)}`,
      quotes: defined(kabul.events[0]).quotes.map((quote) => ({
        ...quote,
        exact: "words & more ".repeat(80),
      })),
    };
    const svg = eventCardSvg(kabul, event);
    const document = parseDocument(svg, { xmlMode: true });
    expect(DomUtils.getElementsByTagName("script", document)).toEqual([]);
    const lines = cardText(svg);
    expect(lines.filter((line) => line.endsWith("…")).length).toBeGreaterThanOrEqual(2);
    expect(lines.some((line) => line.startsWith("</text><script>"))).toBe(true);
  });
});
