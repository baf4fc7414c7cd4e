import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { FilterPanel } from "../../../src/features/filters/FilterPanel";

function panel(query: string, groupCounts: readonly { group: string; count: number }[] = []) {
  return (
    <FilterPanel
      counts={[]}
      countries={[]}
      groupCounts={groupCounts}
      groups={[]}
      onGroupsChange={() => {}}
      query={query}
      shown={1}
      total={1}
      onCountriesChange={() => {}}
      onQueryChange={() => {}}
      onClear={() => {}}
    />
  );
}

describe("FilterPanel", () => {
  it("counts a dataset of one event as “1 event”, not “All 1 events”", () => {
    render(panel(""));
    expect(screen.getByText("1 event")).toHaveAttribute("role", "status");
    expect(screen.queryByText("All 1 events")).not.toBeInTheDocument();
  });

  it("labels each of two search boxes as its own", () => {
    render(
      <>
        {panel("kabul")}
        {panel("moscow")}
      </>,
    );
    expect(
      screen.getAllByLabelText("Search events").map((box) => (box as HTMLInputElement).value),
    ).toEqual(["kabul", "moscow"]);
  });
});

describe("FilterPanel's search length", () => {
  it("cuts a 100,001-character paste to 500 before it reaches the link, and says so", async () => {
    const typed: string[] = [];
    const user = userEvent.setup();
    render(
      <FilterPanel
        counts={[]}
        countries={[]}
        groupCounts={[]}
        groups={[]}
        onGroupsChange={() => {}}
        query=""
        shown={1}
        total={1}
        onCountriesChange={() => {}}
        onQueryChange={(query) => typed.push(query)}
        onClear={() => {}}
      />,
    );
    await user.click(screen.getByLabelText("Search events"));
    await user.paste("x".repeat(100_001));
    expect(typed.map((query) => query.length)).toEqual([500]);
    expect(screen.getByLabelText("Search events")).toHaveAccessibleDescription(
      "Search holds up to 500 characters; the rest of what you typed or pasted was left out.",
    );
  });

  it("says nothing of a search within the limit", async () => {
    const user = userEvent.setup();
    render(panel(""));
    await user.type(screen.getByLabelText("Search events"), "kabul");
    expect(screen.getByLabelText("Search events")).toHaveAccessibleDescription("");
  });
});

describe("FilterPanel with 10,000 groups", () => {
  const groups = Array.from({ length: 10_000 }, (_, i) => ({ group: `Group ${i}`, count: 1 }));
  const groupBoxes = () =>
    within(screen.getByRole("group", { name: "Groups" })).getAllByRole("checkbox");

  it("draws the first 30, and a hundred more at a time", async () => {
    const user = userEvent.setup();
    render(panel("", groups));
    expect(groupBoxes()).toHaveLength(30);
    expect(screen.getByText("Showing 30 of 10,000 groups.")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Show 100 more (9,970 not shown)" }));
    expect(groupBoxes()).toHaveLength(130);
    expect(screen.getByRole("button", { name: "Show 100 more (9,870 not shown)" })).toBeVisible();
  });

  it("isolates a group's name, so a right-to-left override stays in it", () => {
    render(panel("", [{ group: "\u202EGroup", count: 2 }]));
    expect(screen.getByText("\u202EGroup").tagName).toBe("BDI");
  });
});
