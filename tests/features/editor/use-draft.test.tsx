import { act, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { createDraftStore, type DraftStore } from "../../../src/data/draft/draft-store";
import { useDraft } from "../../../src/features/editor/use-draft";
import { aDraft } from "../../fixtures/drafts";

function DraftTitle({ store }: { store: DraftStore }) {
  const { document, canUndo } = useDraft(store);
  return (
    <>
      <h1>{document.title}</h1>
      <button type="button" disabled={!canUndo} onClick={store.undo}>
        Undo
      </button>
    </>
  );
}

describe("useDraft", () => {
  it("shows the draft as it changes, and after undo", async () => {
    const store = createDraftStore("abc", aDraft(), { save: () => Promise.resolve() });
    render(<DraftTitle store={store} />);
    expect(screen.getByRole("heading", { name: "Kabul, August 2021" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Undo" })).toBeDisabled();
    act(() => store.apply({ type: "set-details", title: "Kabul" }));
    expect(await screen.findByRole("heading", { name: "Kabul" })).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Undo" }));
    expect(screen.getByRole("heading", { name: "Kabul, August 2021" })).toBeInTheDocument();
  });
});
