import { buildTimelineIndex } from "../../../src/domain/timeline-index";
import { fireEvent, render, screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { DAY_MS } from "../../../src/domain/dates";
import type { TimeWindow } from "../../../src/domain/types";
import { boundsForExtent } from "../../../src/domain/zoom";
import { Timeline } from "../../../src/features/timeline/Timeline";
import { dayEvent, ORIGIN } from "../../fixtures/day-events";

const WINDOW: TimeWindow = { start: ORIGIN, end: ORIGIN + 40 * DAY_MS };
const EVENTS = [dayEvent("kabul-falls", 14), dayEvent("airlift", 20, 10)];

function renderTimeline(framed: boolean) {
  const onWindowChange = vi.fn();
  render(
    <Timeline
      events={EVENTS}
      overview={buildTimelineIndex(EVENTS)}
      window={WINDOW}
      bounds={boundsForExtent({ start: ORIGIN - 400 * DAY_MS, end: ORIGIN + 400 * DAY_MS })}
      selectedId={undefined}
      onSelect={vi.fn()}
      onZoom={vi.fn()}
      onWindowChange={onWindowChange}
      framed={framed}
    />,
  );
  const plot = screen.getByRole("group", { name: "Events by date" });
  /** Dispatches a wheel over the plot; true when the timeline kept it from scrolling the page. */
  const wheel = (init: WheelEventInit) => !fireEvent.wheel(plot, { deltaY: 100, ...init });
  return { onWindowChange, wheel };
}

describe("the wheel over the timeline", () => {
  it("zooms in the app's own page", () => {
    const { onWindowChange, wheel } = renderTimeline(false);
    expect(wheel({})).toBe(true);
    expect(onWindowChange).toHaveBeenCalledTimes(1);
    expect(screen.getByText(/^Scroll or pinch to zoom/)).toBeInTheDocument();
  });

  it("inside another page, scrolls that page and says how to zoom", () => {
    const { onWindowChange, wheel } = renderTimeline(true);
    expect(wheel({})).toBe(false);
    expect(onWindowChange).not.toHaveBeenCalled();
    expect(screen.getByRole("status")).toHaveTextContent(
      "Hold Ctrl and scroll to zoom the timeline",
    );
    expect(screen.getByText(/^Ctrl \+ scroll or pinch to zoom/)).toBeInTheDocument();
  });

  it("inside another page, zooms with Ctrl or ⌘ held, or a pinch, and pans sideways", () => {
    const { onWindowChange, wheel } = renderTimeline(true);
    expect(wheel({ ctrlKey: true })).toBe(true);
    expect(wheel({ metaKey: true })).toBe(true);
    expect(wheel({ deltaX: 200, deltaY: 10 })).toBe(true);
    expect(onWindowChange).toHaveBeenCalledTimes(3);
    expect(screen.queryByRole("status")).toBeNull();
  });
});
