import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import type { Highlight } from "../../../src/domain/quote-segments";
import type { Source } from "../../../src/domain/types";
import { ArticlePane, type TextSelection } from "../../../src/features/source/ArticlePane";
import { SelectionWatcher } from "../../../src/features/source/SelectionWatcher";

const text = "Lavrov spoke on Thursday.\n\nThe Taliban said they would talk.";
const source: Source = {
  id: "s",
  title: "An article",
  publisher: "P",
  url: "",
  publishedAt: "2021-08-19",
  text,
};
const quoted: Highlight = {
  start: text.indexOf("Taliban said"),
  end: text.indexOf("Taliban said") + "Taliban said".length,
  eventId: "taliban",
  quoteIndex: 0,
};

function renderPane(onTextSelected?: (selection: TextSelection | undefined) => void) {
  const onSelect = vi.fn();
  render(
    <>
      <ArticlePane
        source={source}
        highlights={[quoted]}
        selectedId={undefined}
        titleOf={() => "Taliban statement"}
        onSelect={onSelect}
        onTextSelected={onTextSelected}
        selectionWatcher={SelectionWatcher}
      />
      <p>Outside the pane</p>
    </>,
  );
  return { onSelect, user: userEvent.setup() };
}

/** Selects `words` of the article's text node that holds them, as a drag would. */
function selectWords(words: string) {
  /* eslint-disable testing-library/no-node-access -- a selection is made of DOM text nodes */
  const holder = [...document.querySelectorAll<HTMLElement>("[data-at]")].find((run) =>
    run.textContent?.includes(words),
  ) as HTMLElement;
  const node = holder.firstChild as Text;
  const at = node.data.indexOf(words);
  document.getSelection()?.setBaseAndExtent(node, at, node, at + words.length);
  document.dispatchEvent(new Event("selectionchange"));
  /* eslint-enable testing-library/no-node-access */
}

describe("selecting words in the article", () => {
  it("reports their source offsets and where they are on screen", async () => {
    const onTextSelected = vi.fn();
    renderPane(onTextSelected);
    selectWords("on Thursday");
    await waitFor(() => expect(onTextSelected).toHaveBeenCalled());
    const reported = onTextSelected.mock.lastCall?.[0] as TextSelection;
    expect(text.slice(reported.start, reported.end)).toBe("on Thursday");
    expect(reported.rect).toEqual(
      expect.objectContaining({ top: expect.any(Number), left: expect.any(Number) }),
    );
  });

  it("reports nothing once the selection is cleared or leaves the pane", async () => {
    const onTextSelected = vi.fn();
    renderPane(onTextSelected);
    selectWords("Taliban");
    await waitFor(() => expect(onTextSelected).toHaveBeenCalledTimes(1));
    document.getSelection()?.removeAllRanges();
    document.dispatchEvent(new Event("selectionchange"));
    await waitFor(() => expect(onTextSelected).toHaveBeenLastCalledWith(undefined));
    selectWords("Lavrov");
    await waitFor(() => expect(onTextSelected).toHaveBeenCalledTimes(3));
    // eslint-disable-next-line testing-library/no-node-access -- its text node is selected
    const outside = screen.getByText("Outside the pane").firstChild as Text;
    document.getSelection()?.setBaseAndExtent(outside, 0, outside, 7);
    document.dispatchEvent(new Event("selectionchange"));
    await waitFor(() => expect(onTextSelected).toHaveBeenLastCalledWith(undefined));
  });

  it("does not select the event whose quotation the words are in", async () => {
    const onTextSelected = vi.fn();
    const { onSelect, user } = renderPane(onTextSelected);
    const mark = screen.getByText("Taliban said");
    await user.pointer([
      { keys: "[MouseLeft>]", target: mark, offset: 0 },
      { target: mark, offset: 7 },
      { keys: "[/MouseLeft]", target: mark },
    ]);
    expect(document.getSelection()?.toString()).toBe("Taliban");
    expect(onSelect).not.toHaveBeenCalled();
    await waitFor(() =>
      expect(onTextSelected).toHaveBeenLastCalledWith(
        expect.objectContaining({ start: quoted.start, end: quoted.start + 7 }),
      ),
    );
  });

  it("still selects the event on a plain click of its quotation", async () => {
    const { onSelect, user } = renderPane(vi.fn());
    await user.click(screen.getByRole("button", { name: "Taliban said" }));
    expect(onSelect).toHaveBeenCalledWith("taliban");
  });

  it("listens to nothing without onTextSelected", () => {
    const listen = vi.spyOn(document, "addEventListener");
    renderPane();
    expect(listen.mock.calls.map(([type]) => type)).not.toContain("selectionchange");
  });
});
