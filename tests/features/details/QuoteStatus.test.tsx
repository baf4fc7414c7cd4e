import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { Quote, Source } from "../../../src/domain/types";
import { QuoteList } from "../../../src/features/details/QuoteList";

const text = "They said the Taliban are more clear headed now. Later: all is calm.";
const source: Source = {
  id: "wire",
  title: "A report",
  publisher: "Example Wire",
  url: "https://example.org/story",
  publishedAt: "2021-08-19",
  text,
};
const quote = (exact: string, over: Partial<Quote> = {}): Quote => ({
  sourceId: "wire",
  exact,
  start: Math.max(0, text.indexOf(exact)),
  end: Math.max(0, text.indexOf(exact)) + exact.length,
  prefix: "",
  suffix: "",
  ...over,
});

function itemQuoting(words: string): HTMLElement {
  const item = screen
    .getAllByRole("listitem")
    .find((candidate) => within(candidate).queryByText(words));
  if (!item) throw new Error(`no item quotes ${words}`);
  return item;
}

describe("each quotation's status in the details", () => {
  it("says exact, moved, approximate with the characters that differ, and not found", () => {
    const approximate = quote("the Taliban are more clear-headed now", {
      start: text.indexOf("the Taliban"),
      end: text.indexOf(" now.") + 4,
      anchoring: {
        status: "approximate",
        errors: 1,
        score: 0.99,
        changes: [
          { kind: "same", text: "the Taliban are more clear" },
          { kind: "removed", text: "-" },
          { kind: "added", text: " " },
          { kind: "same", text: "headed now" },
        ],
      },
    });
    render(
      <QuoteList
        quotes={[
          quote("They said"),
          quote("all is calm", { anchoring: { status: "moved" } }),
          approximate,
          quote("never said", { missing: true }),
        ]}
        sources={[source]}
        onShowInArticle={() => {}}
      />,
    );
    expect(within(itemQuoting("They said")).getByText("Exact")).toBeInTheDocument();
    expect(
      within(itemQuoting("all is calm")).getByText("Moved: same words, new place"),
    ).toBeInTheDocument();
    const item = itemQuoting("the Taliban are more clear-headed now");
    expect(within(item).getByText("Approximate: 1 character differs")).toBeInTheDocument();
    // Struck out and added, and said in words, not by colour or line alone.
    expect(within(item).getByRole("deletion")).toHaveTextContent("[quoted as: -]");
    expect(within(item).getByRole("insertion")).toHaveTextContent("[now: ]");
    expect(item).toHaveTextContent(
      "The source now reads: the Taliban are more clear[quoted as: -][now: ]headed now",
    );
    const missing = itemQuoting("never said");
    expect(within(missing).getByText(/^Not found in the source/)).toBeInTheDocument();
    expect(within(missing).queryByRole("button", { name: /Show in the article/ })).toBeNull();
    expect(within(item).getByRole("button", { name: /Show in the article/ })).toBeInTheDocument();
  });
});
