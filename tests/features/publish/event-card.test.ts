import { formatAtPrecision } from "../../../src/domain/dates";
import { parseDocument, DomUtils } from "htmlparser2";
import { defined } from "./page-tags";
import { describe, expect, it } from "vitest";
import {
  CARD_HEIGHT,
  CARD_WIDTH,
  eventCardSvg,
  siteCardSvg,
} from "../../../src/features/publish/event-card";
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

describe("siteCardSvg", () => {
  it("is 1200×630 and shows the timeline's title, its span, how many events and its sources", () => {
    const svg = siteCardSvg(kabul);
    expect(svg).toContain('width="1200" height="630"');
    const text = cardText(svg).join(" ");
    expect(text).toContain("16 events");
    expect(text).toContain(kabul.title);
    // From the earliest start to the latest end, each at its own precision: the background
    // runs 2001–2021, so the span is in years, without the events' qualifiers.
    expect(text).toContain("2001–2021");
    expect(text).not.toContain("inferred");
    expect(text).toContain("Sources: Press TV");
  });

  it("names an untitled timeline, counts one event and gives a one-day span as that day", () => {
    const day = defined(kabul.events.find((event) => event.when.end === undefined));
    const one = { ...kabul, title: "", description: "", events: [day] };
    const text = cardText(siteCardSvg(one)).join(" ");
    expect(text).toContain("1 event");
    expect(text).toContain("Untitled timeline");
    expect(text).toContain(formatAtPrecision(day.when.start, day.when.precision));
    expect(text).not.toContain(" – ");
  });

  it("credits at most three publishers and says how many more", () => {
    const sources = ["A", "B", "C", "D", "E"].map((publisher, n) => ({
      ...defined(kabul.sources[0]),
      id: `s${n}`,
      publisher,
    }));
    const text = cardText(siteCardSvg({ ...kabul, sources })).join(" ");
    expect(text).toContain("Sources: A, B, C and 2 more");
  });
});
