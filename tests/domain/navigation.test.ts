import { describe, expect, it } from "vitest";
import { positionOf, stepEvent } from "../../src/domain/navigation";
import type { EventId, TimelineEvent } from "../../src/domain/types";

function event(id: string, day: number): TimelineEvent {
  return {
    id: id as EventId,
    title: id,
    summary: "",
    kind: "event",
    countries: [],
    actors: [],
    quotes: [],
    when: {
      start: Date.parse("2021-08-01T00:00:00Z") + day * 86_400_000,
      precision: "day",
      approximate: false,
      basis: "explicit",
      note: "",
    },
  };
}

const EVENTS = [event("first", 0), event("second", 1), event("third", 2), event("fourth", 3)];
const id = (value: string) => value as EventId;
const step = (current: string | undefined, how: Parameters<typeof stepEvent>[2]) =>
  stepEvent(EVENTS, current === undefined ? undefined : id(current), how)?.id;

describe("stepEvent", () => {
  it("steps to the next and previous event", () => {
    expect(step("second", "next")).toBe("third");
    expect(step("second", "previous")).toBe("first");
  });

  it("jumps to the first and last event from anywhere, or from no selection", () => {
    expect(step("third", "first")).toBe("first");
    expect(step("second", "last")).toBe("fourth");
    expect(step(undefined, "first")).toBe("first");
    expect(step(undefined, "last")).toBe("fourth");
  });

  it("starts at the first event for next and at the last for previous when nothing is selected", () => {
    expect(step(undefined, "next")).toBe("first");
    expect(step(undefined, "previous")).toBe("fourth");
  });

  it("treats a selection missing from the list (filtered out) like no selection", () => {
    expect(step("gone", "next")).toBe("first");
    expect(step("gone", "previous")).toBe("fourth");
  });

  it("stays put at either end", () => {
    expect(step("fourth", "next")).toBe("fourth");
    expect(step("first", "previous")).toBe("first");
  });

  it("is undefined for an empty list, whatever the step", () => {
    for (const how of ["previous", "next", "first", "last"] as const) {
      expect(stepEvent([], id("first"), how)).toBeUndefined();
      expect(stepEvent([], undefined, how)).toBeUndefined();
    }
  });
});

describe("positionOf", () => {
  it("is the 1-based position of the event", () => {
    expect(positionOf(EVENTS, id("first"))).toBe(1);
    expect(positionOf(EVENTS, id("fourth"))).toBe(4);
  });

  it("is 0 for no selection, an event not in the list, or an empty list", () => {
    expect(positionOf(EVENTS, undefined)).toBe(0);
    expect(positionOf(EVENTS, id("gone"))).toBe(0);
    expect(positionOf([], id("first"))).toBe(0);
  });
});
