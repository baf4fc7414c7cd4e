import { screen, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { isolate } from "../../src/domain/bidi";
import { renderApp } from "../render-app";

const OTHER = {
  title: "Eclipses seen from Baghdad",
  description: "What the astronomers of the House of Wisdom recorded.",
  sources: [],
  events: [
    {
      id: "eclipse-829",
      title: "A solar eclipse",
      summary: "Seen from Baghdad.",
      kind: "observation",
      countries: ["IQ"],
      actors: [],
      when: { start: "0829-11-30", precision: "day", approximate: false, basis: "explicit" },
      quotes: [],
    },
  ],
};

describe("the dataset's header", () => {
  it("shows the built-in dataset's description under its title, and names it in the tab", async () => {
    renderApp();
    await screen.findByRole("heading", { level: 1, name: "The fall of Kabul, August 2021" });
    expect(
      screen.getByText(/^How the Taliban's return to power in Afghanistan in August 2021 unfolded/),
    ).toBeInTheDocument();
    await waitFor(() =>
      expect(document.title).toBe(`${isolate("The fall of Kabul, August 2021")} · Sourceline`),
    );
  });

  it("names another dataset in the tab and shows its own description", async () => {
    renderApp("data=/other.json", (path) =>
      path === "/other.json" ? Response.json(OTHER) : undefined,
    );
    await screen.findByRole("heading", { level: 1, name: "Eclipses seen from Baghdad" });
    expect(
      screen.getByText("What the astronomers of the House of Wisdom recorded."),
    ).toBeInTheDocument();
    await waitFor(() =>
      expect(document.title).toBe(`${isolate("Eclipses seen from Baghdad")} · Sourceline`),
    );
  });
});
