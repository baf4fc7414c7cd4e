import { screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { renderApp } from "../render-app";

// The timeline throws on the built-in dataset's 16 events, as a bug triggered by data would.
vi.mock("../../src/features/timeline/Timeline", () => ({
  Timeline: ({ overview }: { overview: { events: readonly unknown[] } }) => {
    if (overview.events.length === 16) throw new Error("An event could not be placed.");
    return <p>Timeline of {overview.events.length} events</p>;
  },
}));

describe("a pane that crashed on its data", () => {
  it("works again once another dataset is opened", async () => {
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const { user } = renderApp();
    await screen.findByRole("heading", { level: 1, name: "The fall of Kabul, August 2021" });
    expect(screen.getByRole("alert", { name: "The timeline failed" })).toBeInTheDocument();

    const sheet = "Year,Headline\n1969,Moon landing\n1971,Mars orbit";
    await user.upload(screen.getByLabelText("Dataset file"), new File([sheet], "firsts.csv"));
    expect(
      await screen.findByText("Timeline of 2 events", undefined, { timeout: 5000 }),
    ).toBeInTheDocument();
    expect(screen.queryByRole("alert", { name: "The timeline failed" })).not.toBeInTheDocument();
  });
});
