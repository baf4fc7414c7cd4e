import { describe, expect, it } from "vitest";
import {
  EMPTY_URL_STATE,
  MAX_SOURCES,
  MAX_VALUE,
  parseUrlState,
  roundWindow,
  serializeUrlState,
} from "../../src/app/url-state";
import type { UrlState } from "../../src/app/url-state";
import { MEAN_YEAR_MS, msOfYear } from "../../src/domain/deep-time";

const utc = (iso: string) => Date.parse(iso.length === 10 ? `${iso}T00:00:00Z` : iso);

describe("parseUrlState", () => {
  it("reads nothing from an empty query string", () => {
    expect(parseUrlState("")).toEqual(EMPTY_URL_STATE);
    expect(parseUrlState("?")).toEqual(EMPTY_URL_STATE);
  });

  it("reads the selected event as a lower-case slug, with or without a leading ?", () => {
    expect(parseUrlState("?event=Taliban-Take-Kabul").event).toBe("taliban-take-kabul");
    expect(parseUrlState("event=moscow-format-begins").event).toBe("moscow-format-begins");
  });

  it("ignores an event that is not a slug, and says so", () => {
    const state = parseUrlState("event=%3Cscript%3E");
    expect(state.event).toBeUndefined();
    expect(state.ignored).toEqual(["event"]);
  });

  it("upper-cases, sorts and dedupes countries from repeated and comma-separated params", () => {
    const state = parseUrlState("country=ru&country=CN,af&country=ru,%20cn");
    expect(state.countries).toEqual(["AF", "CN", "RU"]);
    expect(state.ignored).toEqual([]);
  });

  it("drops country tokens that are not two letters, and says so", () => {
    const state = parseUrlState("country=RUS,ru,1a,,");
    expect(state.countries).toEqual(["RU"]);
    expect(state.ignored).toEqual(["country"]);
  });

  it("reads parameter names in any case", () => {
    const state = parseUrlState(
      "EVENT=a-b&Country=ru&Group=Optics&Source=wire&Q=Kabul&FROM=2021-08-14&To=2021-08-20&Data=x",
    );
    expect(state).toEqual({
      event: "a-b",
      countries: ["RU"],
      groups: ["Optics"],
      sources: ["wire"],
      query: "Kabul",
      window: { start: utc("2021-08-14"), end: utc("2021-08-20") },
      data: "x",
      embed: false,
      extra: [],
      ignored: [],
    });
  });

  it("keeps the first value of a repeated single-valued parameter", () => {
    const state = parseUrlState("event=first&q=kabul&event=second&q=moscow");
    expect(state.event).toBe("first");
    expect(state.query).toBe("kabul");
  });

  it("reads the window from dates as UTC midnights", () => {
    expect(parseUrlState("from=2021-08-14&to=2021-08-20").window).toEqual({
      start: utc("2021-08-14T00:00:00Z"),
      end: utc("2021-08-20T00:00:00Z"),
    });
  });

  it("reads the window from UTC date-times", () => {
    expect(parseUrlState("from=2021-08-19T04:30Z&to=2021-08-19T10:00:15Z").window).toEqual({
      start: utc("2021-08-19T04:30:00Z"),
      end: utc("2021-08-19T10:00:15Z"),
    });
  });

  it("drops a window whose from is not before its to, and says so", () => {
    for (const search of ["from=2021-08-20&to=2021-08-14", "from=2021-08-14&to=2021-08-14"]) {
      const state = parseUrlState(search);
      expect(state.window).toBeUndefined();
      expect(state.ignored).toEqual(["from/to"]);
    }
  });

  it("drops a window with only one end or an impossible date", () => {
    for (const search of ["from=2021-08-14", "to=2021-08-20", "from=2021-02-30&to=2021-03-02"]) {
      const state = parseUrlState(search);
      expect(state.window).toBeUndefined();
      expect(state.ignored).toEqual(["from/to"]);
    }
  });

  it("never throws on malformed percent-encoding", () => {
    const search = "q=%E0%A4%A&event=%&from=%ZZ&to=%&country=%&%=%";
    expect(() => parseUrlState(search)).not.toThrow();
    const state = parseUrlState(search);
    expect(state.event).toBeUndefined();
    expect(state.window).toBeUndefined();
    expect(state.countries).toEqual([]);
    expect(() => serializeUrlState(state)).not.toThrow();
  });

  it("keeps unknown parameters, with their names and values, in their order", () => {
    const state = parseUrlState("utm_source=x&event=a&Ref=y&utm_source=z&flag");
    expect(state.extra).toEqual([
      ["utm_source", "x"],
      ["Ref", "y"],
      ["utm_source", "z"],
      ["flag", ""],
    ]);
  });

  it("reads each group parameter as one name, commas included, trimmed, sorted and unique", () => {
    expect(
      parseUrlState("group=Optics&group=Astronomy,%20early&group=%20Optics%20&GROUP=").groups,
    ).toEqual(["Astronomy, early", "Optics"]);
  });

  it("keeps the spaces of the search text as typed", () => {
    expect(parseUrlState("q=+will++not+repeat+").query).toBe(" will  not repeat ");
    expect(parseUrlState("q=Hua%E2%80%99s%20remarks").query).toBe("Hua’s remarks");
  });
});

describe("the embed parameter", () => {
  it("turns the embed layout on only for embed=1, in any case of its name", () => {
    expect(parseUrlState("embed=1").embed).toBe(true);
    expect(parseUrlState("EMBED=1&event=taliban-take-kabul").embed).toBe(true);
    expect(parseUrlState("event=taliban-take-kabul").embed).toBe(false);
  });

  it("ignores any other value, and says so", () => {
    for (const value of ["0", "true", "yes", "2", "", "1,1"]) {
      const state = parseUrlState(`embed=${value}`);
      expect(state.embed).toBe(false);
      expect(state.ignored).toEqual(["embed"]);
    }
  });

  it("is written back as embed=1, so it survives every change, and left out when off", () => {
    const state = parseUrlState("embed=1&event=taliban-take-kabul&utm_source=x");
    expect(serializeUrlState({ ...state, countries: ["RU"] })).toBe(
      "event=taliban-take-kabul&country=RU&embed=1&utm_source=x",
    );
    expect(serializeUrlState(parseUrlState("embed=true&q=kabul"))).toBe("q=kabul");
  });
});

describe("serializeUrlState", () => {
  it("writes parameters in the order event, country, group, source, q, from, to, data, embed, then extras", () => {
    const state: UrlState = {
      groups: ["Optics", "Astronomy, early"],
      sources: ["wire-b", "wire-a"],
      extra: [
        ["utm_source", "x"],
        ["Ref", "y"],
      ],
      data: "https://example.org/datasets/kabul.json",
      window: { start: utc("2021-08-14"), end: utc("2021-08-20") },
      query: "kabul",
      countries: ["RU", "AF"],
      event: "taliban-take-kabul",
      embed: true,
      ignored: [],
    };
    expect(serializeUrlState(state)).toBe(
      "event=taliban-take-kabul&country=AF,RU&group=Astronomy,%20early&group=Optics" +
        "&source=wire-a&source=wire-b&q=kabul" +
        "&from=2021-08-14&to=2021-08-20" +
        "&data=https://example.org/datasets/kabul.json&embed=1&utm_source=x&Ref=y",
    );
  });

  it("leaves out empty parameters", () => {
    expect(serializeUrlState(EMPTY_URL_STATE)).toBe("");
    expect(serializeUrlState({ ...EMPTY_URL_STATE, query: "   ", event: "", data: "" })).toBe("");
  });

  it("writes a window that is not at midnight as UTC date-times to the minute", () => {
    const state = {
      ...EMPTY_URL_STATE,
      window: { start: utc("2021-08-19T04:30:00Z"), end: utc("2021-08-19T10:00:00Z") },
    };
    expect(serializeUrlState(state)).toBe("from=2021-08-19T04:30Z&to=2021-08-19T10:00Z");
  });

  it("rounds the window to the nearest minute", () => {
    const state = {
      ...EMPTY_URL_STATE,
      window: { start: utc("2021-08-19T04:29:31Z"), end: utc("2021-08-19T10:00:29Z") },
    };
    expect(serializeUrlState(state)).toBe("from=2021-08-19T04:30Z&to=2021-08-19T10:00Z");
  });

  it("keeps the spaces of the search text, percent-encoded", () => {
    expect(serializeUrlState({ ...EMPTY_URL_STATE, query: " will  not " })).toBe(
      "q=%20will%20%20not%20",
    );
  });

  it("percent-encodes what would break the query string", () => {
    const state = { ...EMPTY_URL_STATE, query: "a&b=c#d", extra: [["x y", "1+1"]] as const };
    expect(serializeUrlState(state)).toBe("q=a%26b%3Dc%23d&x%20y=1%2B1");
  });
});

describe("roundWindow", () => {
  it("rounds both ends to whole minutes and keeps at least one minute between them", () => {
    expect(
      roundWindow({ start: utc("2021-08-19T04:29:31Z"), end: utc("2021-08-19T04:29:45Z") }),
    ).toEqual({ start: utc("2021-08-19T04:30:00Z"), end: utc("2021-08-19T04:31:00Z") });
  });

  it("rounds a deep end to the nearest whole year and keeps at least a year between them", () => {
    const year = msOfYear(-4_599_999_999);
    expect(
      roundWindow({ start: year + 0.2 * MEAN_YEAR_MS, end: year + 0.4 * MEAN_YEAR_MS }),
    ).toEqual({ start: year, end: msOfYear(-4_599_999_998) });
    expect(
      roundWindow({ start: year - 0.2 * MEAN_YEAR_MS, end: year + 2.7 * MEAN_YEAR_MS }),
    ).toEqual({ start: year, end: msOfYear(-4_599_999_996) });
  });
});

describe("a window in deep time", () => {
  it("is written as whole years, never throwing, and read back as it was written", () => {
    const window = {
      start: msOfYear(-13_799_999_999) + 0.3 * MEAN_YEAR_MS,
      end: utc("1991-01-01T00:02:03Z"),
    };
    const search = serializeUrlState({ ...EMPTY_URL_STATE, window });
    expect(search).toBe("from=-13799999999-01-01&to=1991-01-01T00:02Z");
    expect(parseUrlState(search).window).toEqual({
      start: msOfYear(-13_799_999_999),
      end: utc("1991-01-01T00:02:00Z"),
    });
    expect(serializeUrlState(parseUrlState(search))).toBe(search);
  });
});

describe("parseUrlState and serializeUrlState together", () => {
  it("round-trip a full state unchanged", () => {
    const state: UrlState = {
      event: "lavrov-mangoush-press-conference",
      countries: ["AF", "CN", "RU"],
      groups: ["A & B", "Zeta"],
      sources: ["example-wire", "presstv-2021-08-19"],
      query: ' "will not repeat"  Hua’s ',
      window: { start: utc("2021-08-14T06:45:00Z"), end: utc("2021-08-20") },
      data: "../datasets/kabul-2021.json?v=2",
      embed: true,
      extra: [
        ["utm_source", "share sheet"],
        ["Ref", "a,b:c/d"],
        ["utm_source", ""],
      ],
      ignored: [],
    };
    expect(parseUrlState(serializeUrlState(state))).toEqual(state);
  });

  it("reach a fixed point after one pass for messy input", () => {
    const messy = [
      "?Event=Taliban-Take-Kabul&country=ru,cn&COUNTRY=RU&q=+kabul++airport+&from=2021-08-14&to=2021-08-20T12:00:30Z&utm_source=x&data=..%2Fd.json",
      "country=%&q=%E0%A4%A&zzz&event=%",
      "from=2021-08-20&to=2021-08-14&event=bad%20slug!&q=",
      "a=1&b=2&a=3&Q=x&q=y&country=xx,RUS",
      "data=https://example.org/x.json?y=1%23z&from=2021-08-19T10:00:59Z&to=2021-08-19T10:01:01Z",
    ];
    for (const search of messy) {
      const once = serializeUrlState(parseUrlState(search));
      expect(serializeUrlState(parseUrlState(once))).toBe(once);
    }
  });
});

describe("the source filter in the link", () => {
  it("reads one source id per parameter, trimmed, sorted and unique, and refuses too many or too long", () => {
    expect(parseUrlState("source=wire-b&source=%20wire-a%20&source=wire-b").sources).toEqual([
      "wire-a",
      "wire-b",
    ]);
    const many = Array.from({ length: MAX_SOURCES + 5 }, (_, i) => `source=s${i}`).join("&");
    const state = parseUrlState(many);
    expect(state.sources).toHaveLength(MAX_SOURCES);
    expect(state.refused).toEqual([
      { parameter: "source", reason: "too-many", count: MAX_SOURCES + 5 },
    ]);
    expect(parseUrlState(`source=${"x".repeat(MAX_VALUE + 1)}`).refused).toEqual([
      { parameter: "source", reason: "too-long", count: MAX_VALUE + 1 },
    ]);
    expect(parseUrlState("source=").sources).toEqual([]);
  });
});
