import { buildTimelineIndex } from "../../../src/domain/timeline-index";
import { isInaccessible, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { DAY_MS } from "../../../src/domain/dates";
import type { Era, TimeWindow } from "../../../src/domain/types";
import { boundsForExtent } from "../../../src/domain/zoom";
import { Timeline } from "../../../src/features/timeline/Timeline";
import { dayEvent, ORIGIN } from "../../fixtures/day-events";

const utc = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const dayEra = (title: string, from: string, to = from): Era => ({
  title,
  start: utc(from),
  end: utc(to),
  precision: "day",
});

// In start order, as a dataset holds them.
const ERAS: readonly Era[] = [
  { title: "Republic", start: utc("2004-01-01"), end: utc("2020-01-01"), precision: "year" },
  // Ends (exclusive) on 1 Aug, the very start of the window: not in it.
  { title: "Early summer", start: utc("2021-06-01"), end: utc("2021-07-01"), precision: "month" },
  // Began before the window and runs into it.
  { title: "High summer", start: utc("2021-07-01"), end: utc("2021-08-01"), precision: "month" },
  dayEra("Fall of Kabul", "2021-08-06", "2021-08-15"),
  dayEra("Evacuation", "2021-08-14", "2021-08-30"),
  // One day in a 40-day window 800 px wide: a 20 px band, too narrow to title.
  dayEra("Deadline", "2021-08-31"),
  dayEra("Aftermath", "2021-10-01", "2021-12-31"),
];

// 1 Aug to 10 Sep 2021; jsdom has no layout, so the plot takes its fallback width of 800 px.
const WINDOW: TimeWindow = { start: ORIGIN, end: ORIGIN + 40 * DAY_MS };
const EVENTS = [dayEvent("kabul-falls", 14), dayEvent("airlift", 20, 10)];

function renderTimeline(eras?: readonly Era[]) {
  const onSelect = vi.fn();
  const user = userEvent.setup();
  render(
    <Timeline
      events={EVENTS}
      overview={buildTimelineIndex(EVENTS)}
      window={WINDOW}
      bounds={boundsForExtent({ start: utc("2004-01-01"), end: utc("2022-01-01") })}
      selectedId={undefined}
      onSelect={onSelect}
      onZoom={vi.fn()}
      onWindowChange={vi.fn()}
      {...(eras ? { eras } : {})}
    />,
  );
  return { onSelect, user };
}

const plot = () => screen.getByRole("group", { name: "Events by date" });

describe("eras on the timeline", () => {
  it("titles the eras in the window and leaves out the ones outside it", () => {
    renderTimeline(ERAS);
    for (const title of ["High summer", "Fall of Kabul", "Evacuation"]) {
      expect(within(plot()).getByText(title)).toBeInTheDocument();
    }
    for (const title of ["Republic", "Early summer", "Aftermath"]) {
      expect(within(plot()).queryByText(title)).not.toBeInTheDocument();
    }
  });

  it("does not title an era whose band is too narrow to read", () => {
    renderTimeline(ERAS);
    expect(within(plot()).queryByText("Deadline")).not.toBeInTheDocument();
  });

  it("names every era with its dates once, in a list for screen readers", () => {
    renderTimeline(ERAS);
    const list = screen.getByRole("list", { name: "Eras" });
    expect(
      within(list)
        .getAllByRole("listitem")
        .map((item) => item.textContent),
    ).toEqual([
      "Republic, 2004 – 2020",
      "Early summer, June 2021 – July 2021",
      "High summer, July 2021 – August 2021",
      "Fall of Kabul, 6 Aug 2021 – 15 Aug 2021",
      "Evacuation, 14 Aug 2021 – 30 Aug 2021",
      "Deadline, 31 Aug 2021",
      "Aftermath, 1 Oct 2021 – 31 Dec 2021",
    ]);
  });

  it("keeps the bands out of the accessibility tree and the tab order", () => {
    renderTimeline(ERAS);
    expect(isInaccessible(within(plot()).getByText("Fall of Kabul"))).toBe(true);
    expect(within(plot()).queryByRole("button", { name: /Fall of Kabul/ })).toBeNull();
  });

  it("still selects an event when its marker is clicked", async () => {
    const { onSelect, user } = renderTimeline(ERAS);
    await user.click(within(plot()).getByRole("button", { name: /^kabul-falls, 15 Aug 2021/ }));
    expect(onSelect).toHaveBeenCalledWith("kabul-falls");
  });

  it("shows no era list when the dataset has no eras", () => {
    renderTimeline();
    expect(screen.queryByRole("list", { name: "Eras" })).not.toBeInTheDocument();
    expect(within(plot()).getByRole("button", { name: /^airlift,/ })).toBeInTheDocument();
  });
});

describe("a dataset with 100,000 eras", () => {
  // A day each, all inside the 40-day window.
  const MANY: readonly Era[] = Array.from({ length: 100_000 }, (_, i) => ({
    title: `Era ${i}`,
    start: ORIGIN + Math.floor((i * 39 * DAY_MS) / 100_000),
    end: ORIGIN + Math.floor((i * 39 * DAY_MS) / 100_000),
    precision: "day",
  }));

  it("says how many are in view instead of drawing a band for each", { timeout: 20_000 }, () => {
    renderTimeline(MANY);
    expect(
      within(plot()).getByText("100,000 eras in view: zoom in to tell them apart"),
    ).toBeInTheDocument();
    expect(within(plot()).queryByText("Era 0")).not.toBeInTheDocument();
    // eslint-disable-next-line testing-library/no-node-access -- counting every element is the point
    expect(document.querySelectorAll("*").length).toBeLessThan(2_000);
  });

  it(
    "lists the first 200 in view for screen readers, and says how many there are",
    {
      timeout: 20_000,
    },
    () => {
      renderTimeline(MANY);
      const items = within(screen.getByRole("list", { name: "Eras" })).getAllByRole("listitem");
      expect(items).toHaveLength(201);
      expect(items[0]).toHaveTextContent("Era 0, 1 Aug 2021");
      expect(items[200]).toHaveTextContent(
        "100,000 eras in all, 100,000 in view; the first 200 in view are listed. Zoom in to list the others.",
      );
    },
  );
});

describe("era titles from the dataset", () => {
  it("are isolated, so a right-to-left override in one stays in it", () => {
    renderTimeline([dayEra("\u202EFall", "2021-08-06", "2021-08-15")]);
    for (const title of screen.getAllByText("\u202EFall")) expect(title.tagName).toBe("BDI");
  });
});
