import { screen } from "@testing-library/react";
import { IDBFactory } from "fake-indexeddb";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { saveLocalFile } from "../../src/data/local-files";
import { renderApp } from "../render-app";

/** Damages a kept file's record the way a bad write might: its name becomes an object. */
async function damageName(data: string) {
  const id = data.slice("local:".length);
  const db = await new Promise<IDBDatabase>((resolve) => {
    const opening = indexedDB.open("sourceline-files", 1);
    opening.onsuccess = () => resolve(opening.result);
  });
  const transaction = db.transaction("index", "readwrite");
  transaction.objectStore("index").put({ id, name: { first: "a" }, savedAt: 1 });
  await new Promise((resolve) => (transaction.oncomplete = resolve));
  db.close();
}

describe("a link to a file kept in this browser", () => {
  beforeEach(() => {
    vi.stubGlobal("indexedDB", new IDBFactory());
  });

  it("says a damaged stored copy was skipped, and offers the built-in timeline and Open file", async () => {
    const data = await saveLocalFile("sheet.json", "{}");
    await damageName(data);
    renderApp(`data=${data}`);
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("The file this link opens cannot be read from this browser.");
    expect(alert).toHaveTextContent(
      "The copy this browser kept is damaged (its name is an object, not text), so it was skipped.",
    );
    expect(screen.getByRole("link", { name: "Open the built-in timeline instead" })).toBeVisible();
    expect(screen.getByLabelText("Dataset file")).toBeInTheDocument();
    expect(new URLSearchParams(window.location.search).get("data")).toBe(data);
  });
});
