import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { SourceFacets } from "../../../src/features/filters/SourceFacets";

// 40 sources, the i-th with i events: the busiest come first.
const sources = Array.from({ length: 40 }, (_, i) => ({
  id: `s${i}`,
  title: `Story ${i}`,
  publisher: `Paper ${i}`,
}));
const counts = sources.map((source, i) => ({ sourceId: source.id, count: i }));

describe("SourceFacets", () => {
  it("shows the 30 busiest sources and the chosen ones, the rest on asking", async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<SourceFacets counts={counts} sources={sources} chosen={["s0"]} onChange={onChange} />);
    const group = screen.getByRole("group", { name: "Sources" });
    const boxes = within(group).getAllByRole("checkbox");
    expect(boxes).toHaveLength(31);
    expect(boxes[0]).toHaveAccessibleName("Story 39 (Paper 39) 39 events");
    expect(
      within(group).getByRole("checkbox", { name: "Story 0 (Paper 0) 0 events" }),
    ).toBeChecked();
    await user.click(within(group).getByRole("button", { name: /Show/ }));
    expect(within(group).getAllByRole("checkbox")).toHaveLength(40);
    await user.click(within(group).getByRole("checkbox", { name: "Story 5 (Paper 5) 5 events" }));
    expect(onChange).toHaveBeenCalledWith(["s0", "s5"]);
  });
});
