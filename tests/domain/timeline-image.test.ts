import { parseDocument } from "htmlparser2";
import { describe, expect, it } from "vitest";
import { eventSpan } from "../../src/domain/layout";
import { timelineImage, timelineImageSvg } from "../../src/domain/timeline-image";
import type { Dataset, EventId } from "../../src/domain/types";
import { overlapsWindow } from "../../src/domain/zoom";
import { dayEvent } from "../fixtures/day-events";
import { kabulDataset } from "../fixtures/kabul";
import { aShownView, KABUL_WEEK } from "../fixtures/shown-views";

interface Node {
  type: string;
  name?: string;
  data?: string;
  attribs?: Record<string, string>;
  children?: Node[];
}

function parse(svg: string): Node {
  return parseDocument(svg, { xmlMode: true }) as unknown as Node;
}

function all(node: Node, test: (node: Node) => boolean, found: Node[] = []): Node[] {
  if (test(node)) found.push(node);
  for (const child of node.children ?? []) all(child, test, found);
  return found;
}

const textOf = (node: Node): string =>
  node.type === "text" ? (node.data ?? "") : (node.children ?? []).map(textOf).join("");

/** Every line of text the image shows, in order. */
const lines = (svg: string) =>
  all(parse(svg), (node) => node.name === "text").map((node) => textOf(node));

const markerOf = (svg: string, id: string) =>
  all(parse(svg), (node) => node.name === "g" && node.attribs?.["data-event-id"] === id)[0];

describe("timelineImageSvg", () => {
  it("heads the image with the dataset's title and what is shown, the window in words", () => {
    const [title, shown] = lines(timelineImageSvg(aShownView(), { width: 1200 }));
    expect(title).toBe("The fall of Kabul, August 2021");
    expect(shown).toBe("Showing all 16 events · 14–20 Aug 2021");
  });

  it("draws every event in the window with its title, and none outside it", () => {
    const view = aShownView();
    const svg = timelineImageSvg(view, { width: 1200 });
    const inWindow = view.events.filter((event) => {
      const span = eventSpan(event);
      return overlapsWindow(KABUL_WEEK, span.start, span.end);
    });
    expect(inWindow.length).toBeGreaterThan(10);
    for (const event of inWindow) {
      const marker = markerOf(svg, event.id);
      expect(marker, event.id).toBeDefined();
      // Whole, or cut with an ellipsis only where it would run out of the picture.
      const label = textOf(marker as Node);
      const cut = label.endsWith("…") && event.title.startsWith(label.slice(0, -1));
      expect(label === event.title || (cut && label.length > 30), label).toBe(true);
    }
    expect(markerOf(svg, "moscow-format-begins")).toBeUndefined();
  });

  it("draws only the filtered events, and says which filters are on", () => {
    const svg = timelineImageSvg(aShownView({ countries: ["CN"] }), { width: 1200 });
    expect(markerOf(svg, "china-says-taliban-changed")).toBeDefined();
    expect(markerOf(svg, "taliban-take-kabul-ghani-flees")).toBeUndefined();
    expect(lines(svg)[1]).toBe("Showing 3 of 16 events · country: China · 14–20 Aug 2021");
  });

  it("marks the selected event, and only it", () => {
    const svg = timelineImageSvg(aShownView({ selectedId: "mujahid-first-press-conference" }), {
      width: 1200,
    });
    const selected = all(parse(svg), (node) => node.attribs?.class === "selected");
    expect(selected).toHaveLength(1);
    const marker = markerOf(svg, "mujahid-first-press-conference") as Node;
    expect(all(marker, (node) => node.attribs?.class === "selected")).toHaveLength(1);
  });

  it("credits the sources by publisher and title, and Sourceline", () => {
    const text = lines(timelineImageSvg(aShownView(), { width: 1200 })).join("\n");
    expect(text).toContain(
      "Source: Press TV, “Russia foreign minister calls for nationwide dialogue in Afghanistan after Taliban takeover”",
    );
    expect(text.endsWith("Made with Sourceline")).toBe(true);
  });

  it("keeps hostile titles as text: escaped, XML-safe and never markup", () => {
    const hostile = `<script>alert("x")</script> & ' \u0001 \uD800 ]]>`;
    const event = { ...dayEvent("hostile", 15), title: hostile };
    const dataset: Dataset = { ...kabulDataset(), title: hostile, events: [event] };
    const svg = timelineImageSvg(aShownView({ dataset }), { width: 1200 });
    expect(svg).not.toContain("<script");
    expect(svg.includes("\u0001") || svg.includes("\uD800")).toBe(false);
    expect(all(parse(svg), (node) => node.name === "script")).toHaveLength(0);
    expect(lines(svg)[0]).toContain(`<script>alert("x")</script> & '`);
    expect(textOf(markerOf(svg, "hostile") as Node)).toContain("<script>");
  });

  it("refers to nothing outside itself, and sizes itself to what it holds", () => {
    const image = timelineImage(aShownView(), { width: 1200 });
    expect(image.svg).not.toMatch(/href=|url\((?!#plot\))|@import/);
    expect(image.width).toBe(1200);
    expect(image.svg).toContain(`viewBox="0 0 1200 ${image.height}"`);
    expect(image.height).toBeGreaterThan(300);
    expect(image.height).toBeLessThan(700);
  });

  it("draws a window with too many events to tell apart as counts, with the selection on top", () => {
    // 150 a day over 20 days, in date order as a dataset holds them.
    const events = Array.from({ length: 3000 }, (_, i) => dayEvent(`e${i}`, Math.floor(i / 150)));
    const dataset: Dataset = { ...kabulDataset(), events, sources: [] };
    const view = aShownView({ dataset, selectedId: "e2250" as EventId });
    const svg = timelineImageSvg(view, { width: 1200 });
    expect(all(parse(svg), (node) => node.attribs?.class === "density").length).toBeGreaterThan(3);
    expect(markerOf(svg, "e2250")).toBeDefined();
    expect(markerOf(svg, "e2251")).toBeUndefined();
  });
});

describe("timelineImage for a page that has its own heading", () => {
  it("leaves out the title and the line of what is shown, and keeps the events and credits", () => {
    const svg = timelineImageSvg(aShownView(), { width: 900, heading: false });
    const text = lines(svg);
    expect(text).not.toContain("The fall of Kabul, August 2021");
    expect(text).not.toContain("Showing all 16 events · 14–20 Aug 2021");
    expect(markerOf(svg, "taliban-safe-exit-statement")).toBeDefined();
    expect(text.at(-1)).toBe("Made with Sourceline");
  });

  it("cuts a title that would run out of the picture where the picture ends", () => {
    const svg = timelineImageSvg(aShownView(), { width: 900, heading: false });
    const label = textOf(markerOf(svg, "intra-afghan-meeting-announced") as Node);
    expect(label).toMatch(/^Meeting of Abdullah, .*…$/);
  });
});
