import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import type { PlacedCluster } from "../../../src/domain/layout";
import { ClusterMarker } from "../../../src/features/timeline/ClusterMarker";
import { dayEvent } from "../../fixtures/day-events";

const cluster = (ids: string[], days: number[]): PlacedCluster => ({
  type: "cluster",
  events: ids.map((id, i) => dayEvent(id, days[i] ?? 0)),
  x0: 0,
  x1: 44,
  row: 0,
});

describe("ClusterMarker", () => {
  it("says how many events it holds and the days they start on, and opens into their list", async () => {
    const onSelect = vi.fn();
    const onZoom = vi.fn();
    render(
      <ClusterMarker
        placed={cluster(["a", "b", "c"], [3, 3, 4])}
        onSelect={onSelect}
        onZoom={onZoom}
      />,
    );
    await userEvent.click(screen.getByRole("button", { name: "3 more events here, 4–5 Aug 2021" }));
    const list = screen.getByRole("group", { name: "3 events" });
    await userEvent.click(within(list).getByRole("button", { name: /b$/ }));
    expect(onSelect).toHaveBeenCalledWith("b");
    await userEvent.click(screen.getByRole("button", { name: /^3 more events here/ }));
    await userEvent.click(screen.getByRole("button", { name: "Zoom in here" }));
    expect(onZoom).toHaveBeenCalledTimes(1);
  });

  it("speaks of one event in the singular", () => {
    render(<ClusterMarker placed={cluster(["a"], [3])} onSelect={() => {}} onZoom={() => {}} />);
    expect(
      screen.getByRole("button", { name: "1 more event here, 4 Aug 2021" }),
    ).toBeInTheDocument();
  });

  it("names the years, not days, of events known only to their year", () => {
    const byYear = cluster(["a", "b"], [0, 800]);
    const events = byYear.events.map((event) => ({
      ...event,
      when: { ...event.when, precision: "year" as const },
    }));
    render(<ClusterMarker placed={{ ...byYear, events }} onSelect={() => {}} onZoom={() => {}} />);
    expect(
      screen.getByRole("button", { name: "2 more events here, 2021–2023" }),
    ).toBeInTheDocument();
  });

  it("for events that span the window, offers their list but no zoom, which could not separate them", async () => {
    render(<ClusterMarker placed={cluster(["a", "b"], [0, 0])} onSelect={() => {}} spanning />);
    const button = screen.getByRole("button", { name: "2 events span this whole window" });
    expect(button).toHaveTextContent("↔ 2 span the window");
    await userEvent.click(button);
    expect(screen.getByRole("group", { name: "2 events" })).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Zoom in here" })).not.toBeInTheDocument();
  });
});
