import { screen, waitFor, within } from "@testing-library/react";
import { IDBFactory, IDBKeyRange } from "fake-indexeddb";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { createDraft, listDrafts, loadDraft } from "../../../src/data/draft/draft-storage";
import { aDraft } from "../../fixtures/drafts";
import { renderApp } from "../../render-app";

// Each test here is a whole journey through the app (open, edit, save, list): on a busy 2-core
// machine, with other checkouts testing at once, one has taken past the dom project's 20 s.
vi.setConfig({ testTimeout: 60_000 });

/** Two drafts kept in this browser, "First" saved a day before "Second" (which has no events). */
async function keepTwoDrafts() {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(Date.UTC(2026, 11, 1));
  const first = await createDraft(aDraft({ title: "First" }));
  vi.setSystemTime(Date.UTC(2026, 11, 2));
  const second = await createDraft(aDraft({ title: "Second", events: [] }));
  vi.useRealTimers();
  return { first, second };
}

/** Opens "Your timelines" from the built-in view's header. */
async function openList() {
  const view = renderApp();
  const button = await screen.findByRole("button", { name: "Your timelines" });
  await view.user.click(button);
  const dialog = await screen.findByRole("dialog", { name: "Your timelines" });
  return { ...view, button, dialog };
}

const rows = (dialog: HTMLElement) => within(dialog).findAllByRole("listitem");

beforeEach(() => {
  // A fresh, empty browser storage for each test (jsdom has none of its own).
  vi.stubGlobal("indexedDB", new IDBFactory());
  vi.stubGlobal("IDBKeyRange", IDBKeyRange);
});

describe("Your timelines", () => {
  it("lists the drafts kept here, the one saved last first, with what they hold", async () => {
    await keepTwoDrafts();
    const { dialog } = await openList();
    const [second, first] = await rows(dialog);
    expect(second).toHaveTextContent(/^Second0 events, 1 source · saved 2 Dec 2026/);
    expect(first).toHaveTextContent(/^First1 event, 1 source · saved 1 Dec 2026/);
  });

  it("says so when no draft is kept here", async () => {
    const { dialog } = await openList();
    expect(
      await within(dialog).findByText(/No timeline is kept in this browser yet/),
    ).toBeVisible();
  });

  it("renames a draft", async () => {
    const { first } = await keepTwoDrafts();
    const { user, dialog } = await openList();
    await rows(dialog);
    await user.click(within(dialog).getByRole("button", { name: "Rename First" }));
    const field = within(dialog).getByLabelText("New title");
    await user.clear(field);
    await user.type(field, "Kabul talks");
    await user.click(within(dialog).getByRole("button", { name: "Save title" }));
    expect(await within(dialog).findByRole("button", { name: "Open Kabul talks" })).toBeVisible();
    expect(within(dialog).queryByRole("button", { name: "Open First" })).toBeNull();
    expect((await listDrafts()).find((d) => d.id === first)?.title).toBe("Kabul talks");
  });

  it("deletes a draft only once the deletion is confirmed", async () => {
    await keepTwoDrafts();
    const { user, dialog } = await openList();
    await rows(dialog);
    await user.click(within(dialog).getByRole("button", { name: "Delete Second" }));
    const confirm = within(dialog).getByRole("alert");
    expect(confirm).toHaveTextContent(
      /Delete “Second” from this browser\? This cannot be undone\./,
    );
    await user.click(within(confirm).getByRole("button", { name: "Keep it" }));
    expect(within(dialog).getByRole("button", { name: "Open Second" })).toBeVisible();

    await user.click(within(dialog).getByRole("button", { name: "Delete Second" }));
    await user.click(within(dialog).getByRole("button", { name: "Delete it" }));
    // The row leaves once storage has deleted it and the list is read again: "Open Second" is
    // already gone while it asks, so waiting for that alone raced the deletion on a busy machine.
    await waitFor(() => expect(within(dialog).getAllByRole("listitem")).toHaveLength(1));
    expect(within(dialog).queryByRole("button", { name: "Open Second" })).toBeNull();
    expect((await listDrafts()).map((d) => d.title)).toEqual(["First"]);
  });

  it("opens a draft in place of the view", async () => {
    const { first } = await keepTwoDrafts();
    const { user, dialog } = await openList();
    await rows(dialog);
    await user.click(within(dialog).getByRole("button", { name: "Open First" }));
    expect(await screen.findByLabelText("Timeline title")).toHaveValue("First");
    expect(new URLSearchParams(window.location.search).get("data")).toBe(`draft:${first}`);
    expect(screen.queryByRole("dialog")).toBeNull();
  });

  it("closes on Escape, giving focus back to its button", async () => {
    const { user, button, dialog } = await openList();
    await within(dialog).findByText(/No timeline is kept/);
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(button).toHaveFocus();
  });
});

describe("Your timelines from inside a draft", () => {
  it("renaming the draft being edited renames it in the editor too, and an edit keeps the new title", async () => {
    const id = await createDraft(aDraft({ title: "First" }));
    const { user } = renderApp(`data=draft:${id}`);
    const title = await screen.findByLabelText("Timeline title");
    await user.click(
      within(screen.getByRole("group", { name: "Editing" })).getByRole("button", {
        name: "Your timelines",
      }),
    );
    const dialog = await screen.findByRole("dialog", { name: "Your timelines" });
    await user.click(await within(dialog).findByRole("button", { name: "Rename First" }));
    const field = within(dialog).getByLabelText("New title");
    await user.clear(field);
    await user.type(field, "Kabul talks");
    await user.click(within(dialog).getByRole("button", { name: "Save title" }));
    expect(await within(dialog).findByRole("button", { name: "Open Kabul talks" })).toBeVisible();
    await user.keyboard("{Escape}");
    expect(title).toHaveValue("Kabul talks");
    await user.type(screen.getByLabelText("Description (optional)"), "Talks.");
    // The edit's save writes the document as the editor holds it: with the new title.
    await waitFor(async () =>
      expect(await loadDraft(id)).toMatchObject({ title: "Kabul talks", description: "Talks." }),
    );
  });
});

describe("deleting the draft being edited", () => {
  it("does not bring it back with the next edit, and says the draft is no longer kept", async () => {
    const id = await createDraft(aDraft({ title: "First" }));
    const { user } = renderApp(`data=draft:${id}`);
    await screen.findByLabelText("Timeline title");
    await user.click(
      within(screen.getByRole("group", { name: "Editing" })).getByRole("button", {
        name: "Your timelines",
      }),
    );
    const dialog = await screen.findByRole("dialog", { name: "Your timelines" });
    await user.click(await within(dialog).findByRole("button", { name: "Delete First" }));
    await user.click(within(dialog).getByRole("button", { name: "Delete it" }));
    expect(
      await within(dialog).findByText(/No timeline is kept in this browser yet/),
    ).toBeVisible();
    await user.keyboard("{Escape}");
    await user.type(screen.getByLabelText("Description (optional)"), "Talks.");
    expect(await screen.findByRole("alert")).toHaveTextContent(
      /This browser is not keeping this draft \(it was deleted from this browser/,
    );
    expect(screen.getByRole("button", { name: "Export the draft" })).toBeVisible();
    expect(await listDrafts()).toEqual([]);
    expect(await loadDraft(id)).toBeUndefined();
  });
});
