import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { isolate } from "../../../src/domain/bidi";
import type { Highlight } from "../../../src/domain/quote-segments";
import type { Source } from "../../../src/domain/types";
import { ArticlePane } from "../../../src/features/source/ArticlePane";

const text = "Alpha beta gamma delta epsilon.";
const source: Source = {
  id: "s",
  title: "S",
  publisher: "P",
  url: "",
  publishedAt: "2021-08-19",
  text,
};
const at = (exact: string, eventId: string): Highlight => ({
  start: text.indexOf(exact),
  end: text.indexOf(exact) + exact.length,
  eventId,
  quoteIndex: 0,
});
const TITLES: Record<string, string> = { first: "First event", second: "Second event" };

function renderPane(highlights: Highlight[]) {
  const onSelect = vi.fn();
  const user = userEvent.setup();
  render(
    <ArticlePane
      source={source}
      highlights={highlights}
      selectedId={undefined}
      titleOf={(id) => TITLES[id] ?? id}
      onSelect={onSelect}
    />,
  );
  return { onSelect, user };
}

describe("words two events quote", () => {
  it("offer a menu naming each event, and the chosen one is selected", async () => {
    const { onSelect, user } = renderPane([
      at("Alpha beta gamma", "first"),
      at("gamma delta", "second"),
    ]);
    const shared = screen.getByRole("button", { name: "Alpha beta gamma" });
    expect(shared).toHaveAttribute(
      "title",
      `Quoted in: ${isolate("First event")}; ${isolate("Second event")}`,
    );
    await user.click(shared);
    expect(onSelect).not.toHaveBeenCalled();
    const menu = screen.getByRole("menu", { name: "Events that quote these words" });
    expect(
      within(menu)
        .getAllByRole("menuitem")
        .map((item) => item.textContent),
    ).toEqual(["First event", "Second event"]);
    await user.click(within(menu).getByRole("menuitem", { name: "Second event" }));
    expect(onSelect).toHaveBeenCalledWith("second");
    expect(screen.queryByRole("menu")).not.toBeInTheDocument();
  });

  it("opens from the keyboard with the first event focused, and Escape closes it", async () => {
    const { onSelect, user } = renderPane([
      at("Alpha beta gamma", "first"),
      at("gamma delta", "second"),
    ]);
    const shared = screen.getByRole("button", { name: "Alpha beta gamma" });
    shared.focus();
    await user.keyboard("{Enter}");
    const items = await screen.findAllByRole("menuitem");
    await vi.waitFor(() => expect(items[0]).toHaveFocus());
    await user.keyboard("{ArrowDown}");
    expect(items[1]).toHaveFocus();
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("menu")).not.toBeInTheDocument();
    expect(shared).toHaveFocus();
    expect(onSelect).not.toHaveBeenCalled();
  });

  it("select at once where only one event quotes the words", async () => {
    const { onSelect, user } = renderPane([at("Alpha beta", "first"), at("delta", "second")]);
    await user.click(screen.getByRole("button", { name: "delta" }));
    expect(onSelect).toHaveBeenCalledWith("second");
    expect(screen.queryByRole("menu")).not.toBeInTheDocument();
  });
});

describe("words 50,000 events quote", () => {
  const many = Array.from({ length: 50_000 }, (_, i) => at("Alpha beta", `event-${i}`));

  it("name five in the tooltip and count the rest", () => {
    renderPane(many);
    expect(screen.getByRole("button", { name: "Alpha beta" })).toHaveAttribute(
      "title",
      `Quoted in: ${["event-0", "event-1", "event-2", "event-3", "event-4"].map(isolate).join("; ")} and 49,995 more events`,
    );
  });

  it("open a menu of the first 50 that says how many it leaves out", async () => {
    const { user } = renderPane(many);
    await user.click(screen.getByRole("button", { name: "Alpha beta" }));
    const items = within(screen.getByRole("menu")).getAllByRole("menuitem");
    expect(items).toHaveLength(51);
    expect(items[50]).toHaveTextContent("49,950 more events quote these words, not listed");
    expect(items[50]).toHaveAttribute("aria-disabled", "true");
  });
});

describe("the article's header", () => {
  const RLO = "\u202E";
  const header = (over: Partial<Source>) =>
    render(
      <ArticlePane
        source={{ ...source, ...over }}
        highlights={[]}
        selectedId={undefined}
        titleOf={(id) => id}
        onSelect={vi.fn()}
      />,
    );

  it("says which host the original article is on, whatever the publisher is called", () => {
    header({ publisher: "Reuters", url: "https://xn--ruters-5ua.example/a" });
    expect(screen.getByRole("link", { name: /^Original article/ })).toHaveTextContent(
      "Original article (xn--ruters-5ua.example)",
    );
  });

  it("offers the archived copy beside the original, with the day it was taken", () => {
    const archiveUrl = "https://web.archive.org/web/20210819000000/https://example.org/a";
    header({ url: "https://example.org/a", archiveUrl, archivedAt: "2021-08-19" });
    const copy = screen.getByRole("link", { name: /^Archived copy/ });
    expect(copy).toHaveTextContent("Archived copy (19 Aug 2021) (web.archive.org)");
    expect(copy).toHaveAttribute("href", archiveUrl);
    expect(screen.getByRole("link", { name: /^Original article/ })).toBeInTheDocument();
  });

  it("names an archived copy of unknown date without a date", () => {
    header({ archiveUrl: "https://archive.ph/AbCdE" });
    expect(screen.getByRole("link", { name: /^Archived copy/ })).toHaveTextContent(
      /^Archived copy \(archive\.ph\)/,
    );
  });

  it("isolates the publisher from the words around it", () => {
    header({ publisher: `${RLO}Reuters` });
    expect(screen.getByText(`${RLO}Reuters`).tagName).toBe("BDI");
  });
});

describe("an approximate match in the article", () => {
  it("is drawn apart from exact quotations and says it is an approximate match", () => {
    renderPane([{ ...at("Alpha beta", "first"), approximate: true }, at("delta", "second")]);
    const approximate = screen.getByRole("button", { name: "Alpha beta" });
    expect(approximate).toHaveAccessibleDescription(
      `Approximate match (the source's words differ from the quotation). Quoted in: ${isolate("First event")}`,
    );
    expect(within(approximate).getByText("Alpha beta")).toHaveClass("quote-mark--approximate");
    const exact = screen.getByRole("button", { name: "delta" });
    expect(exact).toHaveAccessibleDescription(`Quoted in: ${isolate("Second event")}`);
    expect(within(exact).getByText("delta")).not.toHaveClass("quote-mark--approximate");
  });
});
