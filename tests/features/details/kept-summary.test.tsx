import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { RemoteSummaries } from "../../../src/domain/remote-summaries";
import { EventDetails } from "../../../src/features/details/EventDetails";
import { dayEvent } from "../../fixtures/day-events";

/** Summaries kept elsewhere, answered when the test says (or refused). */
function keptSummaries() {
  const asked: {
    positions: readonly number[];
    answer: (texts: string[]) => void;
    fail: () => void;
  }[] = [];
  const summaries: RemoteSummaries = {
    get: (positions) =>
      new Promise((resolve, reject) =>
        asked.push({
          positions,
          answer: resolve,
          fail: () => reject(new Error("The summaries could not be loaded: the reading stopped.")),
        }),
      ),
  };
  return { summaries, asked };
}

describe("an event whose summary the reading Worker kept", () => {
  it("says the summary is loading, then shows it; an answer for an event no longer shown is dropped", async () => {
    const { summaries, asked } = keptSummaries();
    const first = { ...dayEvent("first", 1), summary: "" };
    const second = { ...dayEvent("second", 2), summary: "" };
    const { rerender } = render(
      <EventDetails
        event={first}
        sources={[]}
        hiddenByFilters={false}
        keptSummary={{ summaries, position: 7 }}
      />,
    );
    expect(screen.getByText("Loading the summary…")).toBeInTheDocument();
    expect(asked.map((ask) => ask.positions)).toEqual([[7]]);
    rerender(
      <EventDetails
        event={second}
        sources={[]}
        hiddenByFilters={false}
        keptSummary={{ summaries, position: 8 }}
      />,
    );
    asked[0]?.answer(["The first event's summary."]);
    asked[1]?.answer(["The second event's summary."]);
    expect(await screen.findByText("The second event's summary.")).toBeInTheDocument();
    expect(screen.queryByText("The first event's summary.")).not.toBeInTheDocument();
    expect(screen.queryByText("Loading the summary…")).not.toBeInTheDocument();
  });

  it("says why when the summary cannot be had", async () => {
    const { summaries, asked } = keptSummaries();
    render(
      <EventDetails
        event={{ ...dayEvent("first", 1), summary: "" }}
        sources={[]}
        hiddenByFilters={false}
        keptSummary={{ summaries, position: 0 }}
      />,
    );
    asked[0]?.fail();
    expect(
      await screen.findByText("The summaries could not be loaded: the reading stopped."),
    ).toBeInTheDocument();
  });

  it("shows an event's own summary at once when none is kept", () => {
    render(
      <EventDetails
        event={{ ...dayEvent("first", 1), summary: "Its own." }}
        sources={[]}
        hiddenByFilters={false}
      />,
    );
    expect(screen.getByText("Its own.")).toBeInTheDocument();
  });
});
