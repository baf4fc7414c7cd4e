import { screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { renderApp } from "../../render-app";

// Each test here is a whole journey through the app (open, edit, save, list): on a busy 2-core
// machine, with other checkouts testing at once, one has taken past the dom project's 20 s.
vi.setConfig({ testTimeout: 60_000 });

/** Downloads caught instead of made: the files handed to the browser. */
function catchDownloads() {
  const created = vi.fn((_blob: Blob) => "blob:draft");
  vi.stubGlobal("URL", Object.assign(URL, { createObjectURL: created, revokeObjectURL: vi.fn() }));
  const clicked = vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => {});
  return { created, clicked };
}

/** A browser whose storage exists but refuses to open (some private modes). */
function refusingStorage() {
  return {
    open: () => {
      throw new Error("The operation is insecure.");
    },
  };
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe.each([
  ["has no storage for drafts", () => vi.stubGlobal("indexedDB", undefined)],
  ["refuses to open its storage", () => vi.stubGlobal("indexedDB", refusingStorage())],
])("a browser that %s", (_, refuse) => {
  it("opens a new draft all the same, says at once it is not kept, and exports it", async () => {
    refuse();
    const { created, clicked } = catchDownloads();
    const { user } = renderApp();
    await user.click(await screen.findByRole("button", { name: "New timeline" }));
    expect(await screen.findByLabelText("Timeline title")).toHaveValue("Untitled timeline");
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent(/This browser is not keeping this draft \(.+\)\./);
    expect(screen.getByText(/Draft · not kept/)).toBeVisible();
    await user.click(within(alert).getByRole("button", { name: "Export the draft" }));
    await vi.waitFor(() => expect(clicked).toHaveBeenCalledTimes(1));
    const anchor = clicked.mock.contexts[0] as HTMLAnchorElement;
    expect(anchor.download).toBe("untitled-timeline.draft.json");
    const blob = created.mock.calls[0]?.[0];
    expect(JSON.parse(await (blob as Blob).text())).toMatchObject({
      version: 1,
      title: "Untitled timeline",
      events: [],
    });
  });
});
