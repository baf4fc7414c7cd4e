import { screen } from "@testing-library/react";
import { IDBFactory, IDBKeyRange } from "fake-indexeddb";
import { beforeEach, describe, expect, it, vi } from "vitest";

// Each test here is a whole journey through the app (open, edit, save, list): on a busy 2-core
// machine, with other checkouts testing at once, one has taken past the dom project's 20 s.
vi.setConfig({ testTimeout: 60_000 });

beforeEach(() => {
  // One empty browser storage for the test, kept across the "reload" below.
  vi.stubGlobal("indexedDB", new IDBFactory());
  vi.stubGlobal("IDBKeyRange", IDBKeyRange);
});

/** The app as a fresh page load sees it: its modules (the tab's open drafts) loaded anew. */
async function loadPage() {
  vi.resetModules();
  const { renderApp } = await import("../../render-app");
  return renderApp;
}

describe("a draft after a reload", () => {
  it("opens again at its link, with its edits, from this browser's storage", async () => {
    const first = await loadPage();
    const page = first();
    await page.user.click(await screen.findByRole("button", { name: "New timeline" }));
    const title = await screen.findByLabelText("Timeline title");
    await page.user.clear(title);
    await page.user.type(title, "Kabul, August 2021");
    expect(await screen.findByText(/kept in this browser/)).toBeVisible();
    const data = new URLSearchParams(window.location.search).get("data");
    expect(data).toMatch(/^draft:[0-9a-f]{12}$/);
    page.unmount();

    const second = await loadPage();
    const reloaded = second(`data=${data ?? ""}`);
    expect(await screen.findByLabelText("Timeline title")).toHaveValue("Kabul, August 2021");
    expect(screen.getByText("No events yet.")).toBeVisible();
    // Its history is not kept with it: a reload starts with nothing to undo (which also shows
    // the draft came from storage, not from the first page's store of open drafts).
    expect(screen.getByRole("button", { name: "Undo" })).toBeDisabled();
    reloaded.unmount();
  });
});
