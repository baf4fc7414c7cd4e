import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { EventDetails } from "../../../src/features/details/EventDetails";
import { dayEvent } from "../../fixtures/day-events";

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
