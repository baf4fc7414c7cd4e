import { screen, within } from "@testing-library/react";
import { IDBFactory, IDBKeyRange } from "fake-indexeddb";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { DraftDocument } from "../../../src/data/draft/draft-document";
import { createDraft } from "../../../src/data/draft/draft-storage";
import { aDraft, aDraftEvent } from "../../fixtures/drafts";
import { renderApp } from "../../render-app";

// Each test here is a whole journey through the app (open, edit, save, list): on a busy 2-core
// machine, with other checkouts testing at once, one has taken past the dom project's 20 s.
vi.setConfig({ testTimeout: 60_000 });

/** Keeps `draft` in this browser and opens the app on it. */
async function openDraft(draft: DraftDocument = aDraft()) {
  const id = await createDraft(draft);
  const view = renderApp(`data=draft:${id}`);
  const title = await screen.findByLabelText("Timeline title");
  return { ...view, id, title };
}

/** Downloads caught instead of made: the clicked links and the files behind them. */
function catchDownloads() {
  const created = vi.fn((_blob: Blob) => "blob:draft");
  vi.stubGlobal("URL", Object.assign(URL, { createObjectURL: created, revokeObjectURL: vi.fn() }));
  const clicked = vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => {});
  return { created, clicked };
}

const undoButton = () => screen.getByRole("button", { name: "Undo" });
const redoButton = () => screen.getByRole("button", { name: "Redo" });

beforeEach(() => {
  // A fresh, empty browser storage for each test (jsdom has none of its own).
  vi.stubGlobal("indexedDB", new IDBFactory());
  vi.stubGlobal("IDBKeyRange", IDBKeyRange);
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe("undo and redo in a draft", () => {
  it("takes a title edit back and puts it back, by button and by key", async () => {
    const { user, title } = await openDraft();
    expect(title).toHaveValue("Kabul, August 2021");
    expect(undoButton()).toBeDisabled();
    expect(redoButton()).toBeDisabled();

    await user.type(title, " (draft)");
    expect(title).toHaveValue("Kabul, August 2021 (draft)");
    expect(undoButton()).toBeEnabled();
    await user.click(undoButton());
    expect(title).toHaveValue("Kabul, August 2021");
    expect(undoButton()).toBeDisabled();
    await user.click(redoButton());
    expect(title).toHaveValue("Kabul, August 2021 (draft)");

    await user.click(title);
    await user.keyboard("{Control>}z{/Control}");
    expect(title).toHaveValue("Kabul, August 2021");
    await user.keyboard("{Control>}{Shift>}z{/Shift}{/Control}");
    expect(title).toHaveValue("Kabul, August 2021 (draft)");
    await user.keyboard("{Control>}z{/Control}");
    expect(title).toHaveValue("Kabul, August 2021");
    await user.keyboard("{Control>}y{/Control}");
    expect(title).toHaveValue("Kabul, August 2021 (draft)");
    expect(redoButton()).toBeDisabled();
  });
});

describe("export of a draft with a problem", () => {
  it("lists the problem in place of the menu, saves the draft as it is, and gives the menu back once fixed", async () => {
    const { created, clicked } = catchDownloads();
    const undated = aDraftEvent({
      when: { start: "", precision: "day", approximate: false, basis: "explicit", note: "" },
    });
    const { user } = await openDraft(aDraft({ events: [undated] }));
    const exportButton = screen.getByRole("button", { name: "Export" });
    await user.click(exportButton);
    expect(exportButton).toHaveAttribute("aria-expanded", "true");
    const panel = screen.getByRole("region", { name: "Export" });
    expect(panel).toHaveTextContent(
      "1 problem stops this draft from exporting as a valid timeline:",
    );
    expect(within(panel).getByRole("listitem")).toHaveTextContent(/^events\[0\]\.when\.start: /);
    expect(within(panel).queryByRole("button", { name: "Sourceline JSON" })).toBeNull();

    await user.click(within(panel).getByRole("button", { name: "Save the draft as it is" }));
    await vi.waitFor(() => expect(clicked).toHaveBeenCalledTimes(1));
    expect((clicked.mock.contexts[0] as HTMLAnchorElement).download).toBe(
      "kabul-august-2021.draft.json",
    );
    const saved: unknown = JSON.parse(await (created.mock.calls[0]?.[0] as Blob).text());
    expect(saved).toEqual(aDraft({ events: [undated] }));

    // Give the event its date: the problem goes, and the explorer's Export menu is back.
    const events = within(screen.getByRole("region", { name: /^Events/ })).getAllByRole("listitem");
    await user.click(within(events[0] as HTMLElement).getByRole("button"));
    const form = await screen.findByRole("form", { name: "Edit event" });
    const suggested = within(form).getByRole("group", { name: /suggest/i });
    await user.click(within(suggested).getAllByRole("button")[0] as HTMLElement);
    await user.click(screen.getByRole("button", { name: "Export" }));
    expect(await screen.findByRole("button", { name: "Sourceline JSON" })).toBeVisible();
    expect(screen.queryByRole("button", { name: "Save the draft as it is" })).toBeNull();
  });
});

describe("preview of a draft", () => {
  it("hides the forms, shows the title as the heading, and goes back to editing", async () => {
    const { user } = await openDraft();
    await user.click(screen.getByRole("button", { name: "Preview" }));
    expect(screen.queryByLabelText("Timeline title")).toBeNull();
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("Kabul, August 2021");
    expect(screen.queryByRole("button", { name: "Undo" })).toBeNull();
    await user.click(screen.getByRole("button", { name: "Back to editing" }));
    expect(await screen.findByLabelText("Timeline title")).toHaveValue("Kabul, August 2021");
  });
});
