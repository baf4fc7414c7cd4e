import { describe, expect, it } from "vitest";
import {
  readHostMessage,
  resizeMessage,
  selectMessage,
} from "../../../src/features/embed/frame-messages";
import type { EventId } from "../../../src/domain/types";

const KNOWN = new Set(["taliban-take-kabul-ghani-flees", "moscow-format-begins"]);
const hasEvent = (id: string) => KNOWN.has(id);

describe("readHostMessage", () => {
  it("reads the event a well-formed select message names, when the dataset has it", () => {
    expect(
      readHostMessage(
        { source: "sourceline", type: "select", event: "moscow-format-begins" },
        hasEvent,
      ),
    ).toBe("moscow-format-begins");
  });

  it("accepts an object without a prototype, as a structured clone may be", () => {
    const message = Object.assign(Object.create(null) as object, {
      source: "sourceline",
      type: "select",
      event: "moscow-format-begins",
    });
    expect(readHostMessage(message, hasEvent)).toBe("moscow-format-begins");
  });

  it("ignores an id the dataset does not have", () => {
    expect(
      readHostMessage({ source: "sourceline", type: "select", event: "no-such-event" }, hasEvent),
    ).toBeUndefined();
  });

  it("ignores other pages' traffic and malformed messages", () => {
    const event = "moscow-format-begins";
    for (const data of [
      undefined,
      null,
      "select moscow-format-begins",
      42,
      [event],
      { type: "select", event },
      { source: "other-widget", type: "select", event },
      { source: "sourceline", type: "resize", height: 300 },
      { source: "sourceline", type: "select" },
      { source: "sourceline", type: "select", event: null },
      { source: "sourceline", type: "select", event: 7 },
      { source: "sourceline", type: "select", event: [event] },
      { source: "sourceline", type: "SELECT", event },
      new (class Message {
        source = "sourceline";
        type = "select";
        event = event;
      })(),
      new Map([["event", event]]),
    ]) {
      expect(readHostMessage(data, hasEvent)).toBeUndefined();
    }
  });

  it("never asks about an id that is not a string", () => {
    const asked: unknown[] = [];
    readHostMessage({ source: "sourceline", type: "select", event: { id: "x" } }, (id) => {
      asked.push(id);
      return true;
    });
    expect(asked).toEqual([]);
  });
});

describe("the frame's own messages", () => {
  it("give the document's height in whole CSS pixels, rounded up", () => {
    expect(resizeMessage(812.25)).toEqual({ source: "sourceline", type: "resize", height: 813 });
    expect(resizeMessage(640)).toEqual({ source: "sourceline", type: "resize", height: 640 });
  });

  it("never give a negative or unreadable height", () => {
    expect(resizeMessage(-3).height).toBe(0);
    expect(resizeMessage(Number.NaN).height).toBe(0);
  });

  it("name the selected event, or null when none is selected", () => {
    expect(selectMessage("moscow-format-begins" as EventId)).toEqual({
      source: "sourceline",
      type: "select",
      event: "moscow-format-begins",
    });
    expect(selectMessage(undefined)).toEqual({ source: "sourceline", type: "select", event: null });
  });
});
