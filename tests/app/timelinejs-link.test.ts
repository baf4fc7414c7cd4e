import { describe, expect, it } from "vitest";
import { searchWithTimelineJsEvent } from "../../src/app/timelinejs-link";

describe("searchWithTimelineJsEvent", () => {
  it("moves a TimelineJS #event- hash into our event parameter, keeping the rest", () => {
    expect(searchWithTimelineJsEvent("data=./women.json", "#event-ada-lovelace")).toBe(
      "data=.%2Fwomen.json&event=ada-lovelace",
    );
    expect(searchWithTimelineJsEvent("", "#event-_1969-moon")).toBe("event=_1969-moon");
  });

  it("slugifies an id TimelineJS kept as written, the way the importer does", () => {
    expect(searchWithTimelineJsEvent("", "#event-Apollo%2011")).toBe("event=apollo-11");
  });

  it("leaves a link alone that names an event already, or has another hash or none", () => {
    expect(searchWithTimelineJsEvent("event=a", "#event-b")).toBeUndefined();
    expect(searchWithTimelineJsEvent("EVENT=a", "#event-b")).toBeUndefined();
    expect(searchWithTimelineJsEvent("", "#top")).toBeUndefined();
    expect(searchWithTimelineJsEvent("", "")).toBeUndefined();
    expect(searchWithTimelineJsEvent("", "#event-%%%")).toBeUndefined();
    expect(searchWithTimelineJsEvent("", "#event-")).toBeUndefined();
  });
});
