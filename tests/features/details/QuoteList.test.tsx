import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import type { Quote, Source } from "../../../src/domain/types";
import { QuoteList } from "../../../src/features/details/QuoteList";

const RLO = "\u202E";

const source = (over: Partial<Source> = {}): Source => ({
  id: "wire",
  title: "A report",
  publisher: "Reuters",
  url: "https://xn--ruters-5ua.example/story",
  publishedAt: "2021-08-19",
  text: "word 0 word 1",
  ...over,
});

const quotes = (count: number, over: { missing?: boolean; speaker?: string } = {}): Quote[] =>
  Array.from({ length: count }, (_, i) => ({
    sourceId: "wire",
    exact: `word ${i}`,
    start: 0,
    end: 6,
    prefix: "",
    suffix: "",
    missing: true,
    ...over,
  }));

const list = () => within(screen.getByRole("region", { name: "Quotations" })).getByRole("list");

describe("QuoteList with very many quotations", () => {
  it("draws the first 100 of 50,000 and says how many are not shown", { timeout: 20_000 }, () => {
    render(<QuoteList quotes={quotes(50_000)} sources={[source()]} />);
    expect(within(list()).getAllByRole("listitem")).toHaveLength(100);
    // The whole list, not only its items, stays small: no hidden 50,000 anywhere.
    // eslint-disable-next-line testing-library/no-node-access -- counting every element is the point
    expect(document.querySelectorAll("*").length).toBeLessThan(1_500);
    expect(screen.getByText("Showing 100 of 50,000 quotations.")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Show 100 more (49,900 not shown)" })).toBeVisible();
  });

  it("shows 100 more on a press and moves focus to the first of them", async () => {
    const user = userEvent.setup();
    // Without their source: fewer elements per item, for a quicker jsdom.
    render(<QuoteList quotes={quotes(150)} sources={[]} />);
    await user.click(screen.getByRole("button", { name: "Show 50 more (50 not shown)" }));
    const items = within(list()).getAllByRole("listitem");
    expect(items).toHaveLength(150);
    expect(items[100]).toHaveFocus();
    expect(items[100]).toHaveTextContent("word 100");
    expect(screen.queryByRole("button", { name: /^Show \d+ more/ })).not.toBeInTheDocument();
  });

  it("offers the next 100 while more than 100 are left", async () => {
    const user = userEvent.setup();
    render(<QuoteList quotes={quotes(250)} sources={[]} />);
    await user.click(screen.getByRole("button", { name: "Show 100 more (150 not shown)" }));
    expect(screen.getByRole("button", { name: "Show 50 more (50 not shown)" })).toBeVisible();
  });

  it("starts short again for another event's quotations", async () => {
    const user = userEvent.setup();
    const { rerender } = render(<QuoteList quotes={quotes(250)} sources={[]} />);
    await user.click(screen.getByRole("button", { name: /^Show 100 more/ }));
    rerender(<QuoteList quotes={quotes(300)} sources={[]} />);
    expect(within(list()).getAllByRole("listitem")).toHaveLength(100);
  });

  it("draws a short list whole, with no button", () => {
    render(<QuoteList quotes={quotes(3)} sources={[source()]} />);
    expect(within(list()).getAllByRole("listitem")).toHaveLength(3);
    expect(screen.queryByRole("button", { name: /more/ })).not.toBeInTheDocument();
  });
});

describe("QuoteList links and names from the dataset", () => {
  it("says which host the original article link goes to, whatever the publisher says", () => {
    render(<QuoteList quotes={quotes(1, { missing: false })} sources={[source()]} />);
    const link = screen.getByRole("link", { name: /Open at this quote in the original article/ });
    // The URL parser's own (punycode) host, not the look-alike the dataset might spell.
    expect(link).toHaveTextContent("(xn--ruters-5ua.example)");
    expect(link).toHaveAttribute(
      "href",
      expect.stringMatching(/^https:\/\/xn--ruters-5ua\.example\//),
    );
  });

  it("isolates the speaker and the publisher, so a right-to-left override stays in them", () => {
    render(
      <QuoteList
        quotes={quotes(1, { missing: false, speaker: `${RLO}Speaker` })}
        sources={[source({ publisher: `${RLO}Publisher` })]}
      />,
    );
    for (const text of [`${RLO}Speaker`, `${RLO}Publisher`]) {
      expect(screen.getByText(text).tagName).toBe("BDI");
    }
  });
});
