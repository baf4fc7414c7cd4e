import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { EventList } from "../../../src/features/list/EventList";
import { dayEvent } from "../../fixtures/day-events";

describe("EventList", () => {
  it("names each of two lists by its own heading", () => {
    render(
      <>
        <EventList events={[dayEvent("one", 1)]} selectedId={undefined} onSelect={() => {}} />
        <EventList
          events={[dayEvent("two", 2), dayEvent("three", 3)]}
          selectedId={undefined}
          onSelect={() => {}}
        />
      </>,
    );
    expect(screen.getByRole("region", { name: "Events (1)" })).toBeInTheDocument();
    expect(screen.getByRole("region", { name: "Events (2)" })).toBeInTheDocument();
  });
});

describe("EventList rows", () => {
  it("isolate an event's title from the date beside it", () => {
    const event = { ...dayEvent("one", 1), title: "\u202ETalks" };
    render(<EventList events={[event]} selectedId={undefined} onSelect={() => {}} />);
    expect(screen.getByText("\u202ETalks").tagName).toBe("BDI");
  });
});
