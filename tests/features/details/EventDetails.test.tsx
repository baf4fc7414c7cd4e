import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { DateBasis, TimelineEvent, When } from "../../../src/domain/types";
import { EventDetails } from "../../../src/features/details/EventDetails";
import { dayEvent } from "../../fixtures/day-events";
import { kabulDataset } from "../../fixtures/kabul";

const LAVROV_NOTE =
  "The article says Lavrov spoke “on Thursday”, resolved against its publication date, Thu 19 Aug 2021.";

function showing(when: Partial<When>): TimelineEvent {
  const event = dayEvent("dated", 18);
  return { ...event, when: { ...event.when, ...when } };
}

/** What the "How we know the date" row says: terms and definitions pair up in order. */
function howWeKnow(): string | null {
  const terms = screen.getAllByRole("term").map((term) => term.textContent);
  const definitions = screen.getAllByRole("definition");
  return definitions[terms.indexOf("How we know the date")]?.textContent ?? null;
}

// Every wording the pane has used for a date's basis: together they may appear only once.
const BASIS_WORDS = /the article says|stated in|inferred|another source|resolved against/gi;

describe("EventDetails", () => {
  it("names each of two details panes by its own title", () => {
    render(
      <>
        <EventDetails event={dayEvent("first", 1)} sources={[]} hiddenByFilters={false} />
        <EventDetails event={dayEvent("second", 2)} sources={[]} hiddenByFilters={false} />
      </>,
    );
    expect(screen.getByRole("article", { name: "first" })).toBeInTheDocument();
    expect(screen.getByRole("article", { name: "second" })).toBeInTheDocument();
  });
});

describe("EventDetails says how the date is known once", () => {
  it("gives a weekday-resolved date's note as the one statement, and the date on its own", () => {
    const lavrov = kabulDataset().events.find((event) => event.when.note === LAVROV_NOTE);
    expect(lavrov).toBeDefined();
    // Without its quotations, which say "on Thursday" too, in the source's own words.
    const event = { ...(lavrov as TimelineEvent), quotes: [] };
    render(<EventDetails event={event} sources={[]} hiddenByFilters={false} />);
    const details = screen.getByRole("article");
    expect(within(details).getByText("19 Aug 2021")).toBeInTheDocument();
    expect(within(details).getByText(LAVROV_NOTE)).toBeInTheDocument();
    expect(details.textContent?.match(/on Thursday/g)).toHaveLength(1);
    expect(details.textContent?.match(/resolved against/g)).toHaveLength(1);
  });

  it.each<[DateBasis, string]>([
    ["explicit", "Stated in the text."],
    ["relative", "The text names the weekday (Thursday), resolved against the publication date."],
    ["inferred", "Inferred from the text."],
    ["external", "From another source."],
  ])("says it in words for a %s date without a note", (basis, statement) => {
    render(<EventDetails event={showing({ basis })} sources={[]} hiddenByFilters={false} />);
    expect(screen.getByText("19 Aug 2021")).toBeInTheDocument();
    expect(howWeKnow()).toBe(statement);
    expect(screen.getByRole("article").textContent?.match(BASIS_WORDS)).toHaveLength(1);
  });

  it("keeps 'approximate' with the date and says the basis of an approximate inferred range once", () => {
    const note = "The article only says “recently”.";
    const event = showing({
      end: dayEvent("end", 20).when.start,
      approximate: true,
      basis: "inferred",
      note,
    });
    render(<EventDetails event={event} sources={[]} hiddenByFilters={false} />);
    expect(screen.getByText("19–21 Aug 2021 (approximate)")).toBeInTheDocument();
    expect(howWeKnow()).toBe(note);
    expect(screen.getByRole("article").textContent?.match(/inferred|recently/g)).toEqual([
      "recently",
    ]);
  });
});

describe("EventDetails and text from the dataset", () => {
  it("isolates the title and each actor, so a right-to-left override stays in them", () => {
    const event = {
      ...dayEvent("dated", 18),
      title: "\u202ETalks",
      actors: ["\u202ELavrov", "Mangoush"],
    };
    render(<EventDetails event={event} sources={[]} hiddenByFilters={false} />);
    for (const text of ["\u202ETalks", "\u202ELavrov", "Mangoush"]) {
      expect(screen.getByText(text).tagName).toBe("BDI");
    }
  });
});
