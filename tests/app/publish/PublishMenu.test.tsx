import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { PublishMenu } from "../../../src/app/publish/PublishMenu";
import type { ShownView } from "../../../src/domain/shown-view";
import type { Dataset } from "../../../src/domain/types";
import { dayEvent } from "../../fixtures/day-events";

const DATASET: Dataset = {
  title: "Kabul, August 2021",
  description: "",
  sources: [],
  events: [dayEvent("a", 0), dayEvent("b", 1)],
  eras: [],
  warnings: [],
};

const SHOWN: ShownView = {
  dataset: DATASET,
  events: DATASET.events,
  window: { start: 0, end: 3 * 86_400_000 },
  countries: [],
  groups: [],
  query: "",
  address: "https://example.org/sourceline/",
};

describe("PublishMenu", () => {
  it("offers embedding, a website, images and printing, and Escape closes it onto its button", async () => {
    const user = userEvent.setup();
    render(<PublishMenu shown={SHOWN} />);
    const button = screen.getByRole("button", { name: "Publish" });
    expect(button).toHaveAttribute("aria-expanded", "false");
    expect(screen.queryByRole("button", { name: "Print…" })).toBeNull();
    await user.click(button);
    expect(button).toHaveAttribute("aria-expanded", "true");
    const items = screen.getAllByRole("button").filter((b) => b !== button);
    expect(items.map((b) => b.textContent)).toEqual([
      "Embed in a page…",
      "Publish as a website…",
      "Save image (SVG)",
      "Save image (PNG)",
      "Print…",
    ]);
    await user.keyboard("{Escape}");
    expect(button).toHaveAttribute("aria-expanded", "false");
    expect(button).toHaveFocus();
  });

  it("prints the page from its Print item and closes the menu first", async () => {
    const user = userEvent.setup();
    const print = vi.fn();
    vi.stubGlobal("print", print);
    render(<PublishMenu shown={SHOWN} />);
    await user.click(screen.getByRole("button", { name: "Publish" }));
    await user.click(screen.getByRole("button", { name: "Print…" }));
    expect(print).toHaveBeenCalledTimes(1);
    expect(screen.getByRole("button", { name: "Publish" })).toHaveAttribute(
      "aria-expanded",
      "false",
    );
  });
});
