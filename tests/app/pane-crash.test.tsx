import { screen, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { renderApp } from "../render-app";

// The article pane throws, as a bug in it would.
vi.mock("../../src/features/source/ArticlePane", () => ({
  ArticlePane: () => {
    throw new Error("The article could not be cut into passages.");
  },
}));

describe("a crash in one pane", () => {
  it("says which pane broke and leaves the timeline, the list and the details working", async () => {
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const { user } = renderApp();
    await screen.findByRole("heading", { level: 1, name: "The fall of Kabul, August 2021" });

    expect(screen.getByRole("alert", { name: "The article failed" })).toHaveTextContent(
      "The article could not be shown",
    );
    const list = screen.getByRole("region", { name: /^Events/ });
    await user.click(within(list).getByRole("button", { name: /Taliban reach Kabul/ }));
    expect(
      within(screen.getByRole("article")).getByRole("heading", {
        name: "Taliban reach Kabul; Ashraf Ghani flees",
      }),
    ).toBeInTheDocument();
    const timeline = screen.getByRole("group", { name: "Events by date" });
    expect(within(timeline).getByRole("button", { current: true })).toHaveAccessibleName(
      /Taliban reach Kabul/,
    );
  });
});
