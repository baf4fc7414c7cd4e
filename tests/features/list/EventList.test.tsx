import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { EventId } from "../../../src/domain/types";
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

describe("a long EventList", () => {
  const many = Array.from({ length: 300_000 }, (_, i) => dayEvent(`e${i}`, Math.floor(i / 100)));
  const rowAt = (place: number) =>
    screen
      .getAllByRole("listitem")
      .find((item) => item.getAttribute("aria-posinset") === String(place));

  it("renders only the rows in view, each saying its place in the whole list", async () => {
    render(<EventList events={many} selectedId={undefined} onSelect={() => {}} />);
    await screen.findByRole("button", { name: /e0$/ });
    const first = rowAt(1);
    expect(first).toHaveAttribute("aria-setsize", "300000");
    expect(within(first as HTMLElement).getByRole("button")).toHaveAccessibleName(/e0$/);
    expect(screen.getAllByRole("listitem").length).toBeLessThan(40);
  });

  it("brings a selected event's row into the list however far down it is, and steps on from it", async () => {
    const user = userEvent.setup();
    render(<EventList events={many} selectedId={"e250000" as EventId} onSelect={() => {}} />);
    const chosen = await screen.findByRole("button", { name: /e250000$/ });
    expect(within(rowAt(250_001) as HTMLElement).getByRole("button")).toBe(chosen);
    chosen.focus();
    await user.keyboard("{ArrowDown}");
    await waitFor(() =>
      expect(within(rowAt(250_002) as HTMLElement).getByRole("button")).toHaveFocus(),
    );
  });
});
