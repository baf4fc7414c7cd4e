import { IDBFactory } from "fake-indexeddb";
import { describe, expect, it, vi } from "vitest";
import { completed, openIndexedDb, request } from "../../src/data/indexed-db";

describe("IndexedDB promises", () => {
  it("opens a database with its stores, and writes and reads a value", async () => {
    vi.stubGlobal("indexedDB", new IDBFactory());
    const database = await openIndexedDb("test", "things", (db) => db.createObjectStore("items"));
    const writing = database.transaction("items", "readwrite");
    writing.objectStore("items").put("a value", "key");
    await completed(writing, "thing");
    const read = await request(database.transaction("items").objectStore("items").get("key"));
    expect(read).toBe("a value");
    database.close();
  });

  it("says which things cannot be kept when the browser has no IndexedDB", async () => {
    vi.stubGlobal("indexedDB", undefined);
    await expect(openIndexedDb("test", "drafts", () => undefined)).rejects.toThrow(
      "this browser has no storage for drafts (IndexedDB)",
    );
  });
});
