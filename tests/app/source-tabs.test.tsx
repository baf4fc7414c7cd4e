import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { EXAMPLE_WIRE_JSON } from "../fixtures/example-wire";
import { renderApp } from "../render-app";

function openExample(search: string) {
  const view = renderApp(`data=/example-wire.json&${search}`, (path) =>
    path === "/example-wire.json" ? Response.json(EXAMPLE_WIRE_JSON) : undefined,
  );
  current = view.store.getSnapshot;
  return view;
}
// The store's address: the browser's is written a moment later (replaced entries are throttled).
let current: () => string = () => "";
const param = (name: string) => new URLSearchParams(current()).get(name);
const articleTitle = () =>
  screen.getAllByRole("heading", { level: 2 }).filter((h) => h.className === "article__title");

describe("an event quoting several sources", () => {
  it("has a tab per source with its publisher and quotations; a tab shows that text, in the link", async () => {
    const { user } = openExample("event=strike-begins");
    const tabs = await screen.findByRole("tablist", { name: "The event's sources" });
    const wire = within(tabs).getByRole("tab", { name: "Example Wire 1 quotation" });
    const herald = within(tabs).getByRole("tab", { name: "Alder Herald 1 quotation" });
    expect(wire).toHaveAttribute("aria-selected", "true");
    expect(articleTitle().map((h) => h.textContent)).toEqual(["Dock workers walk out in Alder"]);
    await user.click(herald);
    expect(herald).toHaveAttribute("aria-selected", "true");
    expect(articleTitle().map((h) => h.textContent)).toEqual(["Strike closes every berth"]);
    expect(param("article")).toBe("alder-herald");
    // The arrows move between the tabs, choosing as they go.
    await user.keyboard("{ArrowLeft}");
    expect(wire).toHaveFocus();
    expect(param("article")).toBe("example-wire");
  });

  it("switches to the source of a quotation shown from the details", async () => {
    const { user } = openExample("event=strike-begins");
    await screen.findByRole("tablist", { name: "The event's sources" });
    await user.click(screen.getByRole("button", { name: "Show in the article (quotation 2)" }));
    expect(screen.getByRole("tab", { name: "Alder Herald 1 quotation" })).toHaveAttribute(
      "aria-selected",
      "true",
    );
    expect(param("article")).toBe("alder-herald");
    expect(articleTitle().map((h) => h.textContent)).toEqual(["Strike closes every berth"]);
  });

  it("puts two texts side by side, each with the event's passage marked, and back to one", async () => {
    const { user } = openExample("event=strike-begins");
    const sideBySide = await screen.findByRole("button", { name: "Side by side" });
    expect(sideBySide).toHaveAttribute("aria-pressed", "false");
    await user.click(sideBySide);
    expect(sideBySide).toHaveAttribute("aria-pressed", "true");
    expect(param("beside")).toBe("alder-herald");
    const left = screen.getByRole("region", { name: "Article text, Example Wire" });
    const right = screen.getByRole("region", { name: "Article text, Alder Herald" });
    // The selected event's passage in each, marked as the current one.
    expect(within(left).getByRole("button", { current: true })).toHaveTextContent(/walked out/);
    expect(within(right).getByRole("button", { current: true })).toHaveTextContent(/four berths/);
    await user.click(sideBySide);
    expect(param("beside")).toBeNull();
    expect(screen.getByRole("region", { name: "Article text" })).toBeInTheDocument();
  });

  it("opens a link's two texts side by side, and says when it names a source the dataset lacks", async () => {
    openExample("event=strike-begins&article=alder-herald&beside=example-wire");
    expect(
      await screen.findByRole("region", { name: "Article text, Alder Herald" }),
    ).toBeInTheDocument();
    expect(screen.getByRole("region", { name: "Article text, Example Wire" })).toBeInTheDocument();
  });

  it("shows no tabs for an event quoting one source", async () => {
    openExample("event=talks-fail&article=no-such-paper");
    expect(
      await screen.findByText(
        "This dataset has no source “no-such-paper” to show (article=); showing the event's own.",
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole("tablist")).not.toBeInTheDocument();
    expect(articleTitle().map((h) => h.textContent)).toEqual(["Dock workers walk out in Alder"]);
  });
});

describe("the sources an event quotes, in the details, the list and the timeline", () => {
  it("groups the details' quotations by source, saying how many tell it", async () => {
    openExample("event=strike-begins");
    const quotations = await screen.findByRole("region", { name: "Quotations" });
    expect(within(quotations).getByRole("heading", { level: 3 })).toHaveTextContent(
      "In the sources’ words",
    );
    expect(within(quotations).getByText("2 sources")).toBeInTheDocument();
    expect(
      within(quotations)
        .getAllByRole("heading", { level: 4 })
        .map((heading) => heading.textContent),
    ).toEqual([
      "Example Wire: “Dock workers walk out in Alder”",
      "Alder Herald: “Strike closes every berth”",
    ]);
  });

  it("names the number of sources in the list's row and the timeline's marker", async () => {
    openExample("");
    const list = await screen.findByRole("region", { name: /Events/ });
    expect(
      within(list).getByRole("button", { name: "3 Mar 2031 Dock workers walk out 2 sources" }),
    ).toBeInTheDocument();
    expect(
      within(list).getByRole("button", {
        name: "4 Mar 2031 The harbour board calls the walkout unlawful",
      }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole("button", { name: "Dock workers walk out, 3 Mar 2031, 2 sources" }),
    ).toBeInTheDocument();
  });
});
