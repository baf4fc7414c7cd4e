import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { DAY_MS } from "../../../src/domain/dates";
import { buildTimelineIndex } from "../../../src/domain/timeline-index";
import type { TimeWindow } from "../../../src/domain/types";
import { DensityBuckets } from "../../../src/features/timeline/DensityBuckets";
import { dayEvent, ORIGIN } from "../../fixtures/day-events";

// Slices lie on a grid of whole slice lengths since 1970; ORIGIN (1 Aug 2021) is on the grids
// of 18 hours, 2 days and 3 days that the windows below make.
const at = (day: number) => ORIGIN + day * DAY_MS;
const days = (from: number, to: number): TimeWindow => ({ start: at(from), end: at(to) });
const many = (name: string, count: number, day: number) =>
  Array.from({ length: count }, (_, i) => dayEvent(`${name}-${i}`, day));

// Twelve events on 4 August 2021 and five on 5 August.
const index = buildTimelineIndex([...many("fourth", 12, 3), ...many("fifth", 5, 4)]);

function buckets(window: TimeWindow, width: number, onZoom = () => {}) {
  return (
    <DensityBuckets
      index={buildTimelineIndex([
        ...many("second", 3, 1),
        ...many("fourth", 2, 3),
        ...many("fifth", 4, 4),
      ])}
      window={window}
      width={width}
      row={0}
      onZoom={onZoom}
    />
  );
}

describe("DensityBuckets", () => {
  it("names a slice by the day its events start on, not by its edges", () => {
    // One 18-hour slice, from 4 August 18:00 to 5 August 12:00: it holds the fifth's events only.
    render(
      <DensityBuckets
        index={index}
        window={days(3.75, 4.5)}
        width={80}
        row={0}
        onZoom={() => {}}
      />,
    );
    expect(screen.getByRole("button", { name: "5 events, 5 Aug 2021: zoom in" })).toHaveTextContent(
      "5",
    );
  });

  it("names the first and last day when its events start on several, and zooms into it", async () => {
    const onZoom = vi.fn();
    // Three-day slices: the window shows the end of 1–3 August (empty) and 4–6 August.
    render(
      <DensityBuckets index={index} window={days(2.5, 5.5)} width={80} row={0} onZoom={onZoom} />,
    );
    await userEvent.click(screen.getByRole("button", { name: "17 events, 4–5 Aug 2021: zoom in" }));
    expect(onZoom).toHaveBeenCalledWith(days(1.5, 7.5));
  });

  it("keeps focus on the slice for the same days when the window pans", async () => {
    const user = userEvent.setup();
    // Two-day slices, 40 px a day: 1–2, 3–4 and 5–6 August.
    const { rerender } = render(buckets(days(1, 5), 160));
    const name = "2 events, 4 Aug 2021: zoom in";
    await user.tab();
    await user.tab();
    expect(screen.getByRole("button", { name })).toHaveFocus();

    rerender(buckets(days(1.5, 5.5), 160));
    expect(screen.getByRole("button", { name })).toHaveFocus();
    // Far enough that 1–2 August leaves the window: the slice after it keeps focus.
    rerender(buckets(days(2.2, 6.2), 160));
    expect(screen.queryByRole("button", { name: /2 Aug/ })).toBeNull();
    expect(screen.getByRole("button", { name })).toHaveFocus();
  });

  it("centres each count on the part of its slice in view, with its name as a tooltip", () => {
    render(buckets(days(1, 5), 160));
    const names = ["3 events, 2 Aug 2021", "2 events, 4 Aug 2021", "4 events, 5 Aug 2021"];
    // 1–2 August is cut by the left edge (0–40 px); 3–4 August is 40–120 px; 5–6, 120–160 px.
    names.forEach((name, i) => {
      const chip = screen.getByRole("button", { name: `${name}: zoom in` });
      expect(chip).toHaveStyle({ left: `${[20, 80, 140][i]}px` });
      expect(chip).toHaveAttribute("title", `${name}: zoom in`);
    });
  });
});
