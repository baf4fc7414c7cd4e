import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderApp } from "../render-app";

const article = () => screen.getByRole("region", { name: "Article text" });
const details = () => screen.getByRole("article");

describe("Show in the article", () => {
  it("takes the reader to a quotation's passage and back to the details", async () => {
    const { user } = renderApp("event=lavrov-mangoush-press-conference");
    await screen.findByRole("heading", { level: 2, name: /Lavrov backs national dialogue/ });
    const second = within(details()).getByRole("button", {
      name: "Show in the article (quotation 2)",
    });
    await user.click(second);

    const passage = within(article()).getByRole("button", {
      name: /We welcome the Taliban's recent statement that they want to enter into a dialogue/,
    });
    expect(passage).toHaveFocus();
    expect(passage).toHaveAttribute("aria-current", "true");

    await user.click(screen.getByRole("button", { name: "↑ Back to the details" }));
    expect(second).toHaveFocus();
    expect(screen.queryByRole("button", { name: "↑ Back to the details" })).not.toBeInTheDocument();
  });

  it("is offered only for quotations found in a source text that is shown", async () => {
    renderApp("event=taliban-take-kabul-ghani-flees");
    await screen.findByRole("heading", { level: 2, name: /Taliban reach Kabul/ });
    // One quotation: its button needs no number.
    expect(
      within(details()).getByRole("button", { name: "Show in the article" }),
    ).toBeInTheDocument();
  });

  it("announces the chosen event's passages once, in one status message", async () => {
    const { user } = renderApp();
    await screen.findByRole("heading", { level: 1, name: "The fall of Kabul, August 2021" });
    await user.click(
      within(screen.getByRole("group", { name: "Events by date" })).getByRole("button", {
        name: /Taliban reach Kabul/,
      }),
    );
    const said = screen
      .getAllByRole("status")
      .filter((status) => /highlighted in the article/.test(status.textContent ?? ""));
    expect(said).toHaveLength(1);
    expect(said[0]).toHaveTextContent(
      /^Taliban reach Kabul; Ashraf Ghani flees: 1 passage highlighted in the article, from “The militants laid siege to the capital, Kabul, on Sunday/,
    );
  });
});
