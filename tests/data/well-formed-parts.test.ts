import { describe, expect, it } from "vitest";
import { wellFormedParts } from "../../src/data/well-formed-parts";

const event = (id: string) => ({ id, title: id, when: { start: "2021-08-19" } });
const source = { id: "s", title: "S", publishedAt: "2021-08-19", text: "Hello" };

describe("wellFormedParts", () => {
  it("keeps the well-formed events and eras with their places in the file", () => {
    const parts = wellFormedParts({
      title: "",
      sources: [source],
      eras: [{ title: "" }, { title: "War", start: "1939-09-01", end: "1945-09-02" }],
      events: [event("Bad Id!"), event("b"), { id: "c" }, event("d")],
    });
    expect(parts?.raw.events.map(({ id }) => id)).toEqual(["b", "d"]);
    expect(parts?.positions).toEqual({ events: [1, 3], eras: [1] });
    expect(parts?.raw.sources.map(({ id }) => id)).toEqual(["s"]);
  });

  it("gives nothing to check when a source is malformed, or there is no list of events", () => {
    // Every quote of that source would be said to name no source.
    expect(wellFormedParts({ sources: [{ id: "s" }], events: [event("a")] })).toBeUndefined();
    expect(wellFormedParts({ events: {} })).toBeUndefined();
    expect(wellFormedParts("kabul")).toBeUndefined();
  });
});
