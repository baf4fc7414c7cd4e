import { describe, expect, it } from "vitest";
import { DAY_MS } from "../../src/domain/dates";
import { eventSpan, layoutEvents } from "../../src/domain/layout";
import type { LayoutOptions, Placed, PlacedCluster } from "../../src/domain/layout";
import type { TimelineEvent } from "../../src/domain/types";
import { dayEvent, ORIGIN } from "../fixtures/day-events";

const event = dayEvent;

// 100 px per day from 1 Aug 2021, so a single day's dot sits at day * 100 + 50. Days are drawn
// as dots here (as they are zoomed out) unless a test asks otherwise: stacking is about dots.
const x = (ms: number) => ((ms - ORIGIN) / DAY_MS) * 100;

function layout(events: TimelineEvent[], options: Partial<LayoutOptions> = {}): Placed[] {
  return layoutEvents(events, x, {
    maxRows: 4,
    labelWidth: () => 80,
    width: 1000,
    dayBarMinPx: Infinity,
    ...options,
  });
}

const summary = (placed: Placed[]) =>
  placed.map((p) =>
    p.type === "event"
      ? { id: p.event.id, row: p.row }
      : { cluster: p.events.map((e) => e.id), row: p.row },
  );

describe("eventSpan", () => {
  it("covers a single day whole and a range to the end of its last day", () => {
    expect(eventSpan(event("a", 0))).toEqual({ start: ORIGIN, end: ORIGIN + DAY_MS });
    expect(eventSpan(event("b", 2, 3))).toEqual({
      start: ORIGIN + 2 * DAY_MS,
      end: ORIGIN + 5 * DAY_MS,
    });
  });
});

describe("layoutEvents", () => {
  it("draws a day as a bar across it once zoomed in so far that a dot would claim a time", () => {
    const zoomedIn = layoutEvents([event("a", 2)], x, {
      maxRows: 4,
      labelWidth: () => 80,
      width: 1000,
    });
    expect(zoomedIn).toMatchObject([{ type: "event", event: { id: "a" }, x0: 200, x1: 300 }]);
    // 10 px a day: a dot at the day's middle.
    const zoomedOut = layoutEvents([event("a", 2)], (ms) => x(ms) / 10, {
      maxRows: 4,
      labelWidth: () => 80,
      width: 1000,
    });
    expect(zoomedOut).toMatchObject([{ type: "event", x0: 25, x1: 25 }]);
  });

  it("puts events whose labels do not overlap on row 0, as dots at the day's middle", () => {
    const placed = layout([event("a", 0), event("b", 2), event("c", 4)]);
    expect(placed).toHaveLength(3);
    expect(placed).toMatchObject([
      { type: "event", event: { id: "a" }, x0: 50, x1: 50, row: 0 },
      { type: "event", event: { id: "b" }, x0: 250, x1: 250, row: 0 },
      { type: "event", event: { id: "c" }, x0: 450, x1: 450, row: 0 },
    ]);
  });

  it("stacks events whose labels overlap into rows 0, 1, 2", () => {
    const placed = layout([event("a", 0), event("b", 0), event("c", 0)]);
    expect(summary(placed)).toEqual([
      { id: "a", row: 0 },
      { id: "b", row: 1 },
      { id: "c", row: 2 },
    ]);
  });

  it("reuses a row once the label before it has ended", () => {
    const placed = layout([event("a", 0), event("b", 0), event("c", 1)]);
    expect(summary(placed)).toEqual([
      { id: "a", row: 0 },
      { id: "b", row: 1 },
      { id: "c", row: 0 },
    ]);
  });

  it("places events in date order whatever order they come in", () => {
    const placed = layout([event("c", 4), event("a", 0), event("b", 2)]);
    expect(summary(placed).map((p) => ("id" in p ? p.id : ""))).toEqual(["a", "b", "c"]);
  });

  it("gathers events beyond maxRows into one cluster on the last row that holds them all", () => {
    const events = ["a", "b", "c", "d", "e", "f"].map((id) => event(id, 0));
    const placed = layout(events, { maxRows: 3 });
    expect(summary(placed)).toEqual([
      { id: "a", row: 0 },
      { id: "b", row: 1 },
      { cluster: ["c", "d", "e", "f"], row: 2 },
    ]);
    const cluster = placed.find((p): p is PlacedCluster => p.type === "cluster");
    expect(cluster?.events).toHaveLength(4);
    expect(cluster?.x0).toBe(50);
  });

  it("places a lone overflow event on the last row as an event, not a cluster of one", () => {
    const placed = layout([event("a", 0), event("b", 0), event("c", 0)], { maxRows: 3 });
    expect(placed.map((p) => p.type)).toEqual(["event", "event", "event"]);
    expect(placed[2]).toMatchObject({ type: "event", event: { id: "c" }, x0: 50, x1: 50, row: 2 });
  });

  it("closes a cluster once the next event is clear of it", () => {
    const events = [...["a", "b", "c", "d"].map((id) => event(id, 0)), event("e", 5)];
    const placed = layout(events, { maxRows: 3 });
    expect(summary(placed)).toEqual([
      { id: "a", row: 0 },
      { id: "b", row: 1 },
      { cluster: ["c", "d"], row: 2 },
      { id: "e", row: 0 },
    ]);
  });

  it("draws a range as a bar from its first day's start to its last day's end", () => {
    const [placed] = layout([event("range", 2, 3)]);
    expect(placed).toMatchObject({ type: "event", x0: 200, x1: 500, row: 0 });
  });

  it("draws a date known only to its month across that month, not as a dot at its middle", () => {
    const august = event("august", 0);
    const monthOnly = { ...august, when: { ...august.when, precision: "month" as const } };
    const [placed] = layout([monthOnly], { width: 5000 });
    expect(placed).toMatchObject({ type: "event", x0: 0, x1: 3100, row: 0 });
  });

  it("puts the title of a bar too short to hold it beside the bar, on the left near the right edge", () => {
    // At 10 px a day, a three-day range is a 30 px bar: too short for an 80 px title.
    const tenPx = (ms: number) => ((ms - ORIGIN) / DAY_MS) * 10;
    const placed = layoutEvents(
      [event("short", 2, 3), event("late", 96, 3), event("long", 20, 30)],
      tenPx,
      {
        maxRows: 4,
        labelWidth: () => 80,
        width: 1000,
      },
    );
    expect(placed).toEqual([
      expect.objectContaining({
        event: expect.objectContaining({ id: "short" }),
        outside: true,
        flip: false,
      }),
      expect.objectContaining({ event: expect.objectContaining({ id: "long" }), outside: false }),
      expect.objectContaining({
        event: expect.objectContaining({ id: "late" }),
        outside: true,
        flip: true,
      }),
    ]);
  });

  it("leaves out events wholly outside [0, width] and keeps a range that runs into view", () => {
    const placed = layout(
      [event("before", -5), event("into-view", -5, 6), event("inside", 3), event("after", 15)],
      { width: 1000 },
    );
    expect(summary(placed).map((p) => ("id" in p ? p.id : ""))).toEqual(["into-view", "inside"]);
  });

  it("keeps a cluster of ranges that began before the window on screen, at its left edge", () => {
    const ranges = ["a", "b", "c", "d", "e"].map((id, i) => event(id, -40 + i, 60));
    const placed = layout(ranges, { maxRows: 3 });
    const clusters = placed.filter((p): p is PlacedCluster => p.type === "cluster");
    expect(clusters.map((c) => c.events.map((e) => e.id))).toEqual([["c", "d", "e"]]);
    expect(clusters[0]?.x0).toBe(0);
  });

  it("puts the label of a dot near the right edge on its left, when there is room there", () => {
    const placed = layout([event("middle", 4), event("near-edge", 9), event("bar", 7, 2)], {
      width: 1000,
    });
    expect(placed.map((p) => (p.type === "event" ? [p.event.id, p.flip] : []))).toEqual([
      ["middle", false],
      ["bar", false],
      ["near-edge", true],
    ]);
  });

  it("shows a pinned event that would join a cluster as itself, on the last row", () => {
    const events = ["a", "b", "selected", "c", "d"].map((id) => event(id, 0));
    const placed = layout(events, { maxRows: 3, pinned: "selected" });
    const selected = placed.find((p) => p.type === "event" && p.event.id === "selected");
    expect(selected).toMatchObject({ type: "event", x0: 50, x1: 50, row: 2 });
    const clustered = placed.flatMap((p) => (p.type === "cluster" ? p.events : []));
    expect(clustered.map((e) => e.id)).toEqual(["c", "d"]);
  });

  it("places a pinned event with room in a free row like any other", () => {
    const placed = layout([event("a", 0), event("selected", 0)], {
      maxRows: 3,
      pinned: "selected",
    });
    expect(summary(placed)).toEqual([
      { id: "a", row: 0 },
      { id: "selected", row: 1 },
    ]);
  });

  it("shows every visible event exactly once, as itself or in a cluster", () => {
    const events = [
      ...["a", "b", "c", "d", "e"].map((id) => event(id, 0)),
      event("f", 1),
      event("range", 1, 4),
      event("g", 6),
    ];
    const placed = layout(events, { maxRows: 3, pinned: "d" });
    const shown = placed.flatMap((p) => (p.type === "event" ? [p.event] : p.events));
    expect(shown.map((e) => e.id).sort()).toEqual(["a", "b", "c", "d", "e", "f", "g", "range"]);
    expect(Math.max(...placed.map((p) => p.row))).toBe(2);
  });

  it("returns nothing for no events", () => {
    expect(layout([])).toEqual([]);
  });

  it("keeps the bar of a range that overflows onto the last row", () => {
    const placed = layout([event("a", 0), event("b", 0), event("range", 1, 3)], { maxRows: 3 });
    expect(placed.find((p) => p.type === "event" && p.event.id === "range")).toMatchObject({
      x0: 100,
      x1: 400,
      row: 2,
    });
  });

  it("never lets labels on the last row overlap their neighbours", () => {
    const placed = layout([event("a", 0), event("b", 0), event("c", 1)], {
      maxRows: 2,
      labelWidth: () => 150,
    });
    const lastRow = placed.filter((p) => p.row === 1);
    expect(lastRow).toHaveLength(1);
    expect(lastRow[0]).toMatchObject({ type: "cluster", x0: 50 });
    expect(lastRow[0]?.type === "cluster" && lastRow[0].events.map((e) => e.id)).toEqual([
      "b",
      "c",
    ]);
  });
});
