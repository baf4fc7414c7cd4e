import { screen, within } from "@testing-library/react";
import { IDBFactory, IDBKeyRange } from "fake-indexeddb";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { renderApp } from "../../render-app";

// Each test here is a whole journey through the app (open, edit, save, list): on a busy 2-core
// machine, with other checkouts testing at once, one has taken past the dom project's 20 s.
vi.setConfig({ testTimeout: 60_000 });

/** The `data` parameter of the page's address now. */
const dataInAddress = () => new URLSearchParams(window.location.search).get("data");

describe("a draft opened in the app", () => {
  beforeEach(() => {
    // A fresh, empty browser storage for each test (jsdom has none of its own).
    vi.stubGlobal("indexedDB", new IDBFactory());
    vi.stubGlobal("IDBKeyRange", IDBKeyRange);
  });

  it("“New timeline” from the built-in view opens an empty draft, ready for a source", async () => {
    const { user } = renderApp();
    await user.click(await screen.findByRole("button", { name: "New timeline" }));
    const title = await screen.findByLabelText("Timeline title");
    expect(title).toHaveValue("Untitled timeline");
    expect(dataInAddress()).toMatch(/^draft:[0-9a-f]{12}$/);
    expect(screen.getByRole("form", { name: "Add a source" })).toBeVisible();
    expect(screen.getByLabelText("Source text")).toBeVisible();
    // Said on the timeline, and in the list with how to make the first one.
    expect(screen.getByText("No events yet.")).toBeVisible();
    expect(screen.getByText(/^No events yet\. Add a source/)).toBeVisible();
    expect(await screen.findByText(/kept in this browser/)).toBeVisible();
  });

  it("says in words that this browser has no draft by a link's name, with ways out", async () => {
    renderApp("data=draft:abc123");
    expect(
      await screen.findByRole("heading", { name: "This draft cannot be opened" }),
    ).toBeVisible();
    expect(screen.getByText(/This browser keeps no draft by this link’s name/)).toBeVisible();
    expect(screen.getByRole("link", { name: "Open the built-in timeline instead" })).toBeVisible();
  });

  it("says the same of a malformed draft link rather than showing a blank page", async () => {
    renderApp("data=draft:..%2F");
    expect(
      await screen.findByRole("heading", { name: "This draft cannot be opened" }),
    ).toBeVisible();
    expect(screen.getByText(/This browser keeps no draft by this link’s name/)).toBeVisible();
    expect(screen.getByRole("link", { name: "Open the built-in timeline instead" })).toBeVisible();
  });

  it("“Edit a copy” opens the built-in timeline as a draft, every event with its quotations", async () => {
    const { user } = renderApp();
    await user.click(await screen.findByRole("button", { name: "Edit a copy" }));
    const title = await screen.findByLabelText("Timeline title");
    expect((title as HTMLInputElement).value).toMatch(/ \(copy\)$/);
    const items = within(screen.getByRole("region", { name: /^Events/ })).getAllByRole("listitem");
    expect(items).toHaveLength(16);
    const first = within(items[0] as HTMLElement).getByRole("button");
    await user.click(first);
    const form = await screen.findByRole("form", { name: "Edit event" });
    expect(first).toHaveAttribute("aria-current", "true");
    expect(within(form).getByLabelText("Title")).not.toHaveValue("");
    const quotations = within(form).getByRole("region", { name: "Quotations" });
    expect(within(quotations).getAllByRole("listitem").length).toBeGreaterThan(0);
  });
});
