import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { FilterPanel } from "../../../src/features/filters/FilterPanel";

function panel(query: string) {
  return (
    <FilterPanel
      counts={[]}
      countries={[]}
      groupCounts={[]}
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
