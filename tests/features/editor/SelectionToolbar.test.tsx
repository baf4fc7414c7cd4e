import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { SelectionToolbar } from "../../../src/features/editor/SelectionToolbar";

const rect = { top: 300, left: 200, bottom: 320, right: 400 };
const LONG = "Lavrov calls for a nationwide dialogue in Afghanistan after the takeover";

function renderToolbar(selectedEventTitle?: string) {
  const actions = { onNewEvent: vi.fn(), onAddToEvent: vi.fn(), onDismiss: vi.fn() };
  render(
    <>
      <button type="button">Article text</button>
      <SelectionToolbar
        rect={rect}
        excerpt={"Moscow is in favor\nof a national dialogue"}
        selectedEventTitle={selectedEventTitle}
        {...actions}
      />
    </>,
  );
  return { ...actions, user: userEvent.setup() };
}

describe("the selection toolbar", () => {
  it("offers a new event from the selected words", async () => {
    const { onNewEvent, user } = renderToolbar();
    const toolbar = screen.getByRole("toolbar", { name: "Selected words" });
    expect(within(toolbar).getAllByRole("button")).toHaveLength(1);
    await user.click(within(toolbar).getByRole("button", { name: "New event from this quote" }));
    expect(onNewEvent).toHaveBeenCalledOnce();
  });

  it("offers to add the words to the selected event, its long title shortened", async () => {
    const { onAddToEvent, user } = renderToolbar(LONG);
    const add = screen.getByRole("button", { name: `Add this quote to ${LONG}` });
    expect(add).toHaveTextContent("Add this quote to Lavrov calls for a nationwide dialogue…");
    await user.click(add);
    expect(onAddToEvent).toHaveBeenCalledOnce();
  });

  it("says the words were selected and how to reach their actions", () => {
    renderToolbar();
    expect(screen.getByRole("status")).toHaveTextContent(
      "Words selected: “Moscow is in favor of a national dialogue”. Their actions follow the article: press Tab.",
    );
  });

  it("is reached with Tab, walked with the arrow keys, and Escape returns focus", async () => {
    const { onDismiss, user } = renderToolbar("Lavrov's press conference");
    const article = screen.getByRole("button", { name: "Article text" });
    article.focus();
    await user.tab();
    expect(screen.getByRole("button", { name: "New event from this quote" })).toHaveFocus();
    await user.keyboard("{ArrowRight}");
    expect(
      screen.getByRole("button", { name: "Add this quote to Lavrov's press conference" }),
    ).toHaveFocus();
    await user.keyboard("{ArrowRight}");
    expect(screen.getByRole("button", { name: "New event from this quote" })).toHaveFocus();
    await user.keyboard("{Escape}");
    expect(onDismiss).toHaveBeenCalledOnce();
    expect(article).toHaveFocus();
  });

  it("is dismissed by Escape pressed in the article too", async () => {
    const { onDismiss, user } = renderToolbar();
    screen.getByRole("button", { name: "Article text" }).focus();
    await user.keyboard("{Escape}");
    expect(onDismiss).toHaveBeenCalledOnce();
  });

  it("is placed just above the words, inside the screen", () => {
    renderToolbar();
    const toolbar = screen.getByRole("toolbar", { name: "Selected words" });
    // jsdom measures every element as 0 × 0, so the toolbar sits 8 px above the words' top.
    expect(toolbar).toHaveStyle({ top: "292px", left: "300px" });
    expect(toolbar).toBeVisible();
  });
});
