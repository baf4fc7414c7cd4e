import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { EXAMPLE_WIRE_JSON } from "../fixtures/example-wire";
import { renderApp } from "../render-app";

const openExample = (search = "") =>
  renderApp(`data=/example-wire.json${search}`, (path) =>
    path === "/example-wire.json" ? Response.json(EXAMPLE_WIRE_JSON) : undefined,
  );

describe("the source filter", () => {
  it("lists each source with its events, and filters by the ones ticked, in the link", async () => {
    const { user, store } = openExample();
    const sources = await screen.findByRole("group", { name: "Sources" });
    const herald = within(sources).getByRole("checkbox", {
      name: "Strike closes every berth (Alder Herald) 2 events",
    });
    expect(
      within(sources).getByRole("checkbox", {
        name: "Fishing crews count the cost (Coastal Bulletin) 1 event",
      }),
    ).not.toBeChecked();
    await user.click(herald);
    expect(herald).toBeChecked();
    expect(screen.getByText("Showing 2 of 4 events")).toHaveAttribute("role", "status");
    expect(new URLSearchParams(store.getSnapshot()).getAll("source")).toEqual(["alder-herald"]);
    await user.click(screen.getByRole("button", { name: "Clear filters" }));
    expect(new URLSearchParams(store.getSnapshot()).getAll("source")).toEqual([]);
    expect(screen.getByText("All 4 events")).toBeInTheDocument();
  });

  it("opens a link's source filter, and says which sources left no event", async () => {
    openExample("&source=coastal-bulletin&q=alder");
    expect(await screen.findByText("Showing 0 of 4 events")).toBeInTheDocument();
    expect(
      screen.getByText(
        "No events match the sources “Fishing crews count the cost” (Coastal Bulletin) and the search “alder”.",
      ),
    ).toBeInTheDocument();
  });

  it("is not offered for a dataset with one source", async () => {
    renderApp();
    await screen.findByRole("group", { name: "Countries" });
    expect(screen.queryByRole("group", { name: "Sources" })).not.toBeInTheDocument();
  });
});
