import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assignTimelineIds, timelineSlug } from "../../../src/data/timelinejs/slug";

// TimelineJS3's own code, ported line for line (src/js/core/Util.js `slugify` and
// `ensureUniqueKey`, src/js/core/TimelineConfig.js `_assignID`), with our `event-<n>` in place of
// its random id. Ours is written differently (one pass, an index by root), so it is checked
// against this.
function referenceSlugify(input: string): string {
  let str = input.replace(/^\s+|\s+$/g, "").toLowerCase();
  const from = "ãàáäâẽèéëêìíïîõòóöôùúüûñç·/_,:;";
  const to = "aaaaaeeeeeiiiiooooouuuunc------";
  for (let i = 0, l = from.length; i < l; i++) {
    str = str.replace(new RegExp(from.charAt(i), "g"), to.charAt(i));
  }
  str = str
    .replace(/[^a-z0-9 -]/g, "")
    .replace(/\s+/g, "-")
    .replace(/-+/g, "-");
  return str.replace(/^([0-9])/, "_$1");
}

function referenceIds(
  events: readonly { uniqueId?: string; headline?: string }[],
  titleId?: string,
): string[] {
  const eventDict: Record<string, true> = {};
  if (titleId) eventDict[titleId] = true;
  return events.map((event, index) => {
    let candidate = event.uniqueId ?? "";
    if (!candidate.replace(/^\s+|\s+$/g, "")) candidate = referenceSlugify(event.headline ?? "");
    if (!candidate) candidate = `event-${index + 1}`;
    if (candidate in eventDict) {
      const root = candidate.match(/^(.+)(-\d+)?$/)?.[1] ?? "";
      const similarIds: string[] = [];
      for (const key in eventDict) {
        if (key.match(/^(.+?)(-\d+)?$/)?.[1] === root) similarIds.push(key);
      }
      candidate = root + "-" + (similarIds.length + 1);
      for (let counter = similarIds.length; similarIds.indexOf(candidate) !== -1; counter++) {
        candidate = root + "-" + counter;
      }
    }
    eventDict[candidate] = true;
    return candidate;
  });
}

describe("timelineSlug", () => {
  it("passes TimelineJS3's own slugify tests", () => {
    expect(timelineSlug("Hello World")).toBe("hello-world");
    expect(timelineSlug("  Hello World  ")).toBe("hello-world");
    expect(timelineSlug("Hello-World")).toBe("hello-world");
    expect(timelineSlug("Hello_World")).toBe("hello-world");
    expect(timelineSlug("Café")).toBe("cafe");
    expect(timelineSlug("Hello & World")).toBe("hello-world");
    expect(timelineSlug("123 Test")).toBe("_123-test");
    expect(timelineSlug("")).toBe("");
  });

  it("swaps the accents TimelineJS knows and drops other letters", () => {
    expect(timelineSlug("São Paulo: Ñandú, Çà et là")).toBe("sao-paulo-nandu-ca-et-la");
    expect(timelineSlug("Ångström Øresund")).toBe("ngstrom-resund");
    expect(timelineSlug("Кабул 2021")).toBe("-2021");
  });

  it("turns punctuation into dashes or drops it", () => {
    expect(timelineSlug("Rock 'n' Roll! (1955–1960)")).toBe("rock-n-roll-19551960");
    expect(timelineSlug("Paul·la; AC/DC, live")).toBe("paul-la-ac-dc-live");
    expect(timelineSlug("- Intro -")).toBe("-intro-");
  });

  it("prefixes a leading digit with an underscore", () => {
    expect(timelineSlug("1963: March on Washington")).toBe("_1963-march-on-washington");
  });

  it("slugifies the raw headline, markup and entities included, as TimelineJS does", () => {
    expect(timelineSlug("Whitney Houston<br/> 1963 - 2012")).toBe("whitney-houstonbr-1963-2012");
    expect(timelineSlug("Euclid's <i>Optica</i>")).toBe("euclids-ioptica-i");
    expect(timelineSlug("Tom &amp; Jerry")).toBe("tom-amp-jerry");
  });

  it("matches TimelineJS3's slugify for any text", () => {
    const text = fc.string({
      unit: fc.constantFrom(..."aZé É1_ -/:;,·ñÑçãẽ<>&!\t\n".split(""), "İ", "ß"),
    });
    const sameAsTimelineJs = (input: string) => {
      expect(timelineSlug(input)).toBe(referenceSlugify(input));
    };
    fc.assert(fc.property(text, sameAsTimelineJs));
    fc.assert(fc.property(fc.string({ unit: "binary" }), sameAsTimelineJs));
  });
});

describe("assignTimelineIds", () => {
  it("uses the headline's slug", () => {
    expect(
      assignTimelineIds([{ headline: "Sputnik 1" }, { headline: "1969: Moon landing" }]),
    ).toEqual(["sputnik-1", "_1969-moon-landing"]);
  });

  it("numbers repeated headlines from 2", () => {
    const events = [{ headline: "Election" }, { headline: "Election" }, { headline: "Election" }];
    expect(assignTimelineIds(events)).toEqual(["election", "election-2", "election-3"]);
  });

  it("keeps a unique_id as written, and numbers a repeated one", () => {
    expect(
      assignTimelineIds([
        { uniqueId: "Apollo 11", headline: "Moon" },
        { uniqueId: "1969" },
        { uniqueId: "launch" },
        { uniqueId: "launch", headline: "Second launch" },
        { uniqueId: "  ", headline: "Blank id" },
      ]),
    ).toEqual(["Apollo 11", "1969", "launch", "launch-2", "blank-id"]);
  });

  it("gives events without a usable headline event-<n>, de-duplicated the same way", () => {
    expect(assignTimelineIds([{ headline: "" }, {}, { headline: "¡¿!?" }])).toEqual([
      "event-1",
      "event-2",
      "event-3",
    ]);
    expect(assignTimelineIds([{ uniqueId: "event-2" }, { headline: "" }])).toEqual([
      "event-2",
      "event-2-1",
    ]);
  });

  it("keeps events off the title slide's id", () => {
    expect(assignTimelineIds([{ headline: "The Sixties" }], "the-sixties")).toEqual([
      "the-sixties-2",
    ]);
    const [titleId] = assignTimelineIds([{ headline: "The Sixties" }]);
    expect(assignTimelineIds([{ uniqueId: "the-sixties" }], titleId)).toEqual(["the-sixties-2"]);
  });

  it("counts ids by root the way TimelineJS's ensureUniqueKey does", () => {
    const events = [{ headline: "A" }, { headline: "A" }, { headline: "A 2" }, { headline: "A-2" }];
    expect(assignTimelineIds(events)).toEqual(["a", "a-2", "a-2-1", "a-2-2"]);
    expect(assignTimelineIds([{ headline: "Constructor" }])).toEqual(["constructor-1"]);
  });

  it("matches TimelineJS3 for any list of events, and never gives an empty or repeated id", () => {
    const word = fc.constantFrom("", " ", "A", "a", "A 2", "a-2", "a-1", "A-3", "1", "_1", "x-2-1");
    const event = fc.record(
      { uniqueId: word, headline: fc.oneof(word, fc.string()) },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(
        fc.array(event, { maxLength: 12 }),
        fc.option(word, { nil: undefined }),
        (events, titleId) => {
          const ids = assignTimelineIds(events, titleId);
          expect(ids).toEqual(referenceIds(events, titleId));
          expect(ids.every((id) => id !== "")).toBe(true);
          expect(new Set([...ids, ...(titleId ? [titleId] : [])]).size).toBe(
            ids.length + (titleId ? 1 : 0),
          );
        },
      ),
    );
  });

  it("stays fast with many events of the same headline", () => {
    const events = Array.from({ length: 20_000 }, () => ({ headline: "Protest" }));
    const ids = assignTimelineIds(events);
    expect(ids.at(-1)).toBe("protest-20000");
    expect(new Set(ids).size).toBe(ids.length);
  });
});

// Past 30 s (the test timeout) for anything quadratic: TimelineJS's own /^\s+|\s+$/g took 6 s on
// a headline padded with 150,000 spaces.
const LONG = 200_000;

describe("timelineSlug and assignTimelineIds on long runs", () => {
  const part = fc.string({ unit: fc.constantFrom(..."aZ1 -_/:é!<".split("")), maxLength: 4 });
  // Characters whose run gives the same slug however long it is: spaces and separators collapse
  // into one dash, and the others are dropped.
  const run = fc.constantFrom(
    " ",
    "\t",
    "\n",
    "\u00a0",
    "\u3000",
    "-",
    "_",
    "/",
    ":",
    "·",
    "!",
    "<",
  );

  it("matches TimelineJS3's slugify of the same text with a short run, in linear time", () => {
    fc.assert(
      fc.property(part, run, part, (before, filler, after) => {
        const long = timelineSlug(`${before}${filler.repeat(LONG)}${after}`);
        expect(long).toBe(referenceSlugify(`${before}${filler.repeat(3)}${after}`));
      }),
      { numRuns: 40 },
    );
  });

  it("gives ids to events whose unique_id or headline is a long run", () => {
    const ids = assignTimelineIds([
      { uniqueId: " ".repeat(LONG), headline: `${" ".repeat(LONG)}Moon${"\t".repeat(LONG)}` },
      { uniqueId: `x-${"1".repeat(LONG)}y` },
      { uniqueId: `x${"-1".repeat(LONG)}` },
      { headline: "-".repeat(LONG) },
    ]);
    expect(ids.map((id) => (id.length > 20 ? `${id.slice(0, 6)}…${id.length}` : id))).toEqual([
      "moon",
      `x-1111…${LONG + 3}`,
      `x-1-1-…${2 * LONG + 1}`,
      "-",
    ]);
  });
});
