import { describe, expect, it } from "vitest";
import { refusalText } from "../../src/app/refusal-notices";
import { parseUrlState, serializeUrlState } from "../../src/app/url-state";

const long = (n: number) => "x".repeat(n);

describe("parseUrlState, on links it cannot use in full", () => {
  it("refuses a dataset address over 2,000 characters and says how long it was", () => {
    const state = parseUrlState(`data=https://example.org/${long(3000)}`);
    expect(state.data).toBeUndefined();
    expect(state.refused).toEqual([{ parameter: "data", reason: "too-long", count: 3020 }]);
  });

  it("reads the rest of a link over 100,000 characters instead of dropping all of it", () => {
    const state = parseUrlState(`data=./other.json&event=lavrov&q=${long(100_001)}`);
    expect(state.data).toBe("./other.json");
    expect(state.event).toBe("lavrov");
    expect(state.query).toBe("");
    expect(state.refused).toEqual([{ parameter: "q", reason: "too-long", count: 100_001 }]);
  });

  it("names each single-valued parameter the link repeats with another value", () => {
    const state = parseUrlState(
      "data=a.json&data=b.json&event=a&event=b&q=x&q=y&from=2021&from=2022",
    );
    expect(state.data).toBe("a.json");
    expect(state.refused?.map((r) => [r.parameter, r.reason])).toEqual([
      ["event", "repeated"],
      ["q", "repeated"],
      ["from/to", "repeated"],
      ["data", "repeated"],
    ]);
  });

  it("says nothing of a parameter repeated with the same value", () => {
    expect(parseUrlState("data=a.json&data=a.json&event=e&event=e").refused).toBeUndefined();
  });

  it("counts countries, groups and unknown parameters past their limits", () => {
    const letters = "ABCDEFGH";
    const codes = [...letters].flatMap((a) => [...letters].map((b) => a + b));
    const groups = Array.from({ length: 51 }, (_, i) => `group=g${i}`).join("&");
    const extras = Array.from({ length: 60 }, (_, i) => `x${i}=1`).join("&");
    const state = parseUrlState(`country=${codes.join(",")}&${groups}&${extras}`);
    expect(state.countries).toHaveLength(50);
    expect(state.groups).toHaveLength(50);
    expect(state.extra).toHaveLength(50);
    expect(state.refused).toEqual([
      { parameter: "country", reason: "too-many", count: 64 },
      { parameter: "group", reason: "too-many", count: 51 },
      { parameter: "other", reason: "too-many", count: 60 },
    ]);
  });

  it("refuses an unknown parameter or a group name too long to keep, instead of cutting it", () => {
    const state = parseUrlState(`utm_source=${long(501)}&group=${long(501)}`);
    expect(state.extra).toEqual([]);
    expect(state.groups).toEqual([]);
    expect(state.refused).toEqual([
      { parameter: "utm_source", reason: "too-long", count: 501 },
      { parameter: "group", reason: "too-long", count: 501 },
    ]);
  });

  it("reads a link of 300,000 repeated parameters in one pass", () => {
    // Quadratic bookkeeping (a list searched per value) would take minutes on this link.
    const search = Array.from({ length: 300_000 }, (_, i) => `q=${i}`).join("&");
    expect(parseUrlState(search).refused).toEqual([
      { parameter: "q", reason: "repeated", count: 300_000 },
    ]);
  });

  it("never writes a search longer than 500 characters into the link", () => {
    const search = serializeUrlState({ ...parseUrlState(""), query: long(100_001) });
    expect(search).toBe(`q=${long(500)}`);
  });
});

describe("refusalText", () => {
  it("names the parameter and the limit", () => {
    expect(refusalText({ parameter: "data", reason: "too-long", count: 3020 })).toBe(
      "The link's dataset address (data=) is 3,020 characters long; Sourceline opens addresses up to 2,000 characters, so it was not opened. The link is left as it came.",
    );
    expect(refusalText({ parameter: "q", reason: "too-long", count: 100_001 })).toMatch(
      /^The link's search \(q=\) is 100,001 characters long, more than the 500/,
    );
    expect(refusalText({ parameter: "event", reason: "repeated", count: 2 })).toBe(
      "The link names more than one event; the first is shown (event=).",
    );
  });
});
