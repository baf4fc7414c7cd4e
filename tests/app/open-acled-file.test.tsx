import { readFileSync } from "node:fs";
import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderApp } from "../render-app";

const KABUL = "The fall of Kabul, August 2021";
// Through a variable: Vite rewrites a literal `new URL("…", import.meta.url)` into an asset
// address, and node:fs reads only file: URLs.
const HERE = import.meta.url;

describe("opening an ACLED export", () => {
  it("shows its rows as events with their actors, country and sources, and says what it skipped", async () => {
    const text = readFileSync(new URL("../fixtures/acled/exampleville.csv", HERE), "utf8");
    const { user } = renderApp();
    await screen.findByRole("heading", { level: 1, name: KABUL });
    await user.upload(
      screen.getByLabelText("Dataset file"),
      new File([text], "exampleville.csv", { type: "text/csv" }),
    );

    expect(
      await screen.findByRole("heading", { level: 1, name: "exampleville.csv" }),
    ).toBeVisible();
    // Said once it opens: how many rows became events and how many could not be read.
    expect(
      await screen.findByText("Opened exampleville.csv: 4 events, 2 left out."),
    ).toBeInTheDocument();
    expect(screen.getByText(/^File:/)).toHaveTextContent(
      /File: exampleville\.csv \(ACLED CSV export\)/,
    );

    const list = screen.getByRole("region", { name: /^Events/ });
    await user.click(within(list).getByRole("button", { name: /Armed clash in Exampleville/ }));
    const details = screen.getByRole("article");
    expect(within(details).getByText("Example Militia")).toBeInTheDocument();
    expect(within(details).getByText("Afghanistan")).toBeInTheDocument();
    expect(within(details).getByText(/Fatalities reported: 3\./)).toBeInTheDocument();
    expect(within(details).getByText(/^Cited:/)).toHaveTextContent(
      "Cited: ACLED XMP1 · Example Gazette; Fictional Radio",
    );
  });
});
