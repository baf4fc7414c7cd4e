import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
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
    expect(shared).toHaveAttribute("title", "Quoted in: First event; Second event");
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
