import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { DAY_MS } from "../../../src/domain/dates";
import { buildTimelineIndex } from "../../../src/domain/timeline-index";
import { DensityBuckets } from "../../../src/features/timeline/DensityBuckets";
import { dayEvent, ORIGIN } from "../../fixtures/day-events";

// Twelve events on 4 August 2021 and five on 5 August.
const events = [
  ...Array.from({ length: 12 }, (_, i) => dayEvent(`fourth-${i}`, 3)),
  ...Array.from({ length: 5 }, (_, i) => dayEvent(`fifth-${i}`, 4)),
];
const index = buildTimelineIndex(events);
const at = (day: number) => ORIGIN + day * DAY_MS;

describe("DensityBuckets", () => {
  it("names a slice by the day its events start on, not by its edges", () => {
    // One slice, from 4 August 18:00 to 5 August 14:00: it holds the fifth's events only.
    render(
      <DensityBuckets
        index={index}
        window={{ start: at(3.75), end: at(4.583) }}
        width={80}
        row={0}
        onZoom={() => {}}
      />,
    );
    expect(
      screen.getByRole("button", { name: "5 events on 5 Aug 2021: zoom in" }),
    ).toHaveTextContent("5");
  });

  it("names the first and last day when its events start on several, and zooms into it", async () => {
    const onZoom = vi.fn();
    render(
      <DensityBuckets
        index={index}
        window={{ start: at(2.5), end: at(5.5) }}
        width={80}
        row={0}
        onZoom={onZoom}
      />,
    );
    await userEvent.click(
      screen.getByRole("button", { name: "17 events from 4 Aug 2021 to 5 Aug 2021: zoom in" }),
    );
    expect(onZoom).toHaveBeenCalledWith({ start: at(1), end: at(7) });
  });
});
