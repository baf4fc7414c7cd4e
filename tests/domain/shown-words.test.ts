import { describe, expect, it } from "vitest";
import { filterWords, shownSentence, windowWords } from "../../src/domain/shown-words";
import { aShownView, KABUL_WEEK } from "../fixtures/shown-views";

const utc = (iso: string) => Date.parse(iso);

describe("windowWords", () => {
  it("says a window of days as the days it shows, its end being the instant after the last", () => {
    expect(windowWords(KABUL_WEEK)).toBe("14–20 Aug 2021");
  });

  it("says months for a window of months and years for a window of years", () => {
    expect(windowWords({ start: utc("2021-03-01"), end: utc("2021-09-01") })).toBe(
      "March 2021 – August 2021",
    );
    expect(windowWords({ start: utc("2001-01-01"), end: utc("2022-01-01") })).toBe("2001–2021");
  });

  it("says hours for a window shorter than a day", () => {
    expect(windowWords({ start: utc("2021-08-19T06:00Z"), end: utc("2021-08-19T12:00Z") })).toBe(
      "19 Aug 2021, 06:00 UTC – 19 Aug 2021, 12:00 UTC",
    );
  });
});

describe("filterWords", () => {
  it("names countries, groups and the search, and nothing when nothing narrows the view", () => {
    expect(filterWords({ countries: [], groups: [], query: "  " })).toEqual([]);
    expect(filterWords({ countries: ["RU", "AF"], groups: ["Talks"], query: "moscow" })).toEqual([
      "countries: Russia, Afghanistan",
      "group: Talks",
      "search: “moscow”",
    ]);
  });
});

describe("shownSentence", () => {
  it("says all events are shown when no filter narrows them", () => {
    expect(shownSentence(aShownView())).toBe("Showing all 16 events · 14–20 Aug 2021");
  });

  it("counts what the filters leave of the whole, and names the filters", () => {
    expect(shownSentence(aShownView({ countries: ["RU", "CN"], query: "Moscow" }))).toBe(
      "Showing 6 of 16 events · countries: Russia, China · search: “Moscow” · 14–20 Aug 2021",
    );
    expect(shownSentence(aShownView({ countries: ["CN"] }))).toBe(
      "Showing 3 of 16 events · country: China · 14–20 Aug 2021",
    );
  });
});
