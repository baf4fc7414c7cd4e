import { describe, expect, it } from "vitest";
import {
  actorSuggestionsOf,
  dateSuggestionsOf,
  eventFromQuote,
  kindsOf,
  quoteFrom,
  titleFrom,
} from "../../../src/app/editor/event-from-quote";
import { aDraft, aDraftEvent, aDraftQuote, aDraftSource, DRAFT_TEXT } from "../../fixtures/drafts";

// Published the day after "Thursday" (Fri 20 Aug 2021), so the weekday counts back one day.
const source = aDraftSource({ publishedAt: "2021-08-20" });
const draft = aDraft({ sources: [source], events: [] });

/** The quotation of `exact` in the fixture source, as choosing those words makes it. */
function chosen(exact: string) {
  const start = DRAFT_TEXT.indexOf(exact);
  const quote = quoteFrom(source, { start, end: start + exact.length });
  if (!quote) throw new Error(`no quote for ${exact}`);
  return quote;
}

describe("quoteFrom", () => {
  it("trims the chosen words and keeps the words either side", () => {
    const words = " Lavrov said ";
    const start = DRAFT_TEXT.indexOf(words);
    const quote = quoteFrom(source, { start, end: start + words.length });
    expect(quote).toMatchObject({
      sourceId: source.id,
      exact: "Lavrov said",
      start: start + 1,
      end: start + 1 + "Lavrov said".length,
      prefix: "On Thursday, ",
    });
    expect(quote?.suffix.startsWith(" the Taliban must")).toBe(true);
  });

  it("gives no quotation for words that are only spaces", () => {
    const at = DRAFT_TEXT.indexOf(" ");
    expect(quoteFrom(source, { start: at, end: at + 1 })).toBeUndefined();
  });
});

describe("eventFromQuote", () => {
  it("titles the event from the first words and dates it from a phrase inside the quote", () => {
    const event = eventFromQuote(draft, chosen("On Thursday, Lavrov said"));
    expect(event.title).toBe("On Thursday, Lavrov said");
    expect(event.id).toMatch(/^[a-z0-9-]+$/);
    expect(event.quotes).toHaveLength(1);
    expect(event.when).toMatchObject({ start: "2021-08-19", precision: "day", basis: "relative" });
  });

  it("cuts a long quotation's title with an ellipsis", () => {
    const event = eventFromQuote(draft, chosen(DRAFT_TEXT.slice(0, 62)));
    expect(event.title).toBe("On Thursday, Lavrov said the Taliban must talk to every…");
  });

  it("leaves the date empty when the date phrase is only beside the quote", () => {
    const event = eventFromQuote(draft, chosen("the Taliban must talk to every group"));
    expect(event.when.start).toBe("");
  });

  it("makes an id the draft does not have yet when the title is taken", () => {
    const quote = chosen("Lavrov said");
    const first = eventFromQuote(draft, quote);
    const withFirst = aDraft({ sources: [source], events: [first] });
    const second = eventFromQuote(withFirst, quote);
    expect(second.title).toBe(first.title);
    expect(second.id).not.toBe(first.id);
  });
});

describe("dateSuggestionsOf", () => {
  it("offers the quote's date phrases once, however many quotes hold them", () => {
    const quote = chosen("On Thursday, Lavrov said");
    const event = aDraftEvent({ quotes: [quote, quote] });
    const suggestions = dateSuggestionsOf(draft, event);
    const whens = suggestions.map((s) => JSON.stringify(s.when));
    expect(new Set(whens).size).toBe(suggestions.length);
    expect(suggestions.filter((s) => s.when.start === "2021-08-19")).toHaveLength(1);
  });

  it("offers nothing for a source without a publication date", () => {
    const undated = aDraftSource({ publishedAt: "" });
    const document = aDraft({ sources: [undated], events: [] });
    const event = aDraftEvent({ quotes: [chosen("On Thursday, Lavrov said")] });
    expect(dateSuggestionsOf(document, event)).toEqual([]);
  });
});

describe("titleFrom", () => {
  it("drops surrounding quotation marks and closing punctuation", () => {
    expect(titleFrom("“We respect   the choice.”")).toBe("We respect the choice");
  });

  it("keeps ten words and marks the cut", () => {
    expect(titleFrom("one two three four five six seven eight nine ten eleven")).toBe(
      "one two three four five six seven eight nine ten…",
    );
  });
});

describe("kindsOf", () => {
  it("lists the kinds in use, most used first", () => {
    const document = aDraft({
      events: [
        aDraftEvent({ id: "a", kind: "statement" }),
        aDraftEvent({ id: "b", kind: "meeting" }),
        aDraftEvent({ id: "c", kind: "meeting" }),
        aDraftEvent({ id: "d", kind: " " }),
      ],
    });
    expect(kindsOf(document)).toEqual(["meeting", "statement"]);
  });
});

describe("actorSuggestionsOf", () => {
  it("puts the event's speakers first and leaves out the actors already chosen", () => {
    const event = aDraftEvent({
      id: "hua",
      actors: ["Sergei Lavrov"],
      quotes: [aDraftQuote("Hua Chunying said", { speaker: "Hua Chunying" })],
    });
    const document = aDraft({
      events: [
        aDraftEvent({ id: "x", actors: ["Zamir Kabulov", "Sergei Lavrov"] }),
        aDraftEvent({ id: "y", actors: ["Zamir Kabulov"] }),
        event,
      ],
    });
    expect(actorSuggestionsOf(document, event)).toEqual(["Hua Chunying", "Zamir Kabulov"]);
  });
});
