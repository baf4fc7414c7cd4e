import { IDBFactory } from "fake-indexeddb";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { isLocalData, LOCAL_PREFIX } from "../../src/data/local-address";
import { loadLocalFile, saveLocalFile } from "../../src/data/local-files";

describe("files kept in this browser", () => {
  beforeEach(() => {
    // A fresh, empty browser storage for each test (jsdom has none of its own).
    vi.stubGlobal("indexedDB", new IDBFactory());
  });

  it("keeps a file and gives it back by its data value", async () => {
    const data = await saveLocalFile("sheet.csv", "Year,Headline\n1969,Moon");
    expect(isLocalData(data)).toBe(true);
    expect(data.startsWith(LOCAL_PREFIX)).toBe(true);
    const file = await loadLocalFile(data);
    expect(file).toMatchObject({ name: "sheet.csv", text: "Year,Headline\n1969,Moon" });
  });

  it("keeps only the last five files", async () => {
    const saved: string[] = [];
    for (let i = 0; i < 7; i++) {
      vi.setSystemTime(Date.UTC(2026, 0, 1, 0, i));
      saved.push(await saveLocalFile(`file-${i}.json`, `{"n": ${i}}`));
    }
    vi.useRealTimers();
    const kept = await Promise.all(saved.map((data) => loadLocalFile(data)));
    expect(kept.map((file) => file?.name)).toEqual([
      undefined,
      undefined,
      "file-2.json",
      "file-3.json",
      "file-4.json",
      "file-5.json",
      "file-6.json",
    ]);
  });

  it("answers undefined for a file this browser does not have", async () => {
    expect(await loadLocalFile(`${LOCAL_PREFIX}abcdef123456`)).toBeUndefined();
  });

  it("fails with a reason when the browser has no storage", async () => {
    vi.stubGlobal("indexedDB", undefined);
    await expect(saveLocalFile("a.json", "{}")).rejects.toThrow(/no storage for files/);
    await expect(loadLocalFile(`${LOCAL_PREFIX}x`)).rejects.toThrow(/no storage for files/);
  });
});

/** Writes records straight into the app's stores, as another version or a broken disk might. */
async function writeRaw(entries: readonly unknown[], texts: readonly [unknown, string][]) {
  await saveLocalFile("first.json", "{}"); // makes the stores
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const opening = indexedDB.open("sourceline-files", 1);
    opening.onsuccess = () => resolve(opening.result);
    opening.onerror = () => reject(opening.error);
  });
  const transaction = db.transaction(["index", "texts"], "readwrite");
  for (const entry of entries) transaction.objectStore("index").put(entry);
  for (const [text, id] of texts) transaction.objectStore("texts").put(text, id);
  await new Promise((resolve) => (transaction.oncomplete = resolve));
  db.close();
}

/** The stored records, read back raw. */
async function readRawIndex(): Promise<unknown[]> {
  const db = await new Promise<IDBDatabase>((resolve) => {
    const opening = indexedDB.open("sourceline-files", 1);
    opening.onsuccess = () => resolve(opening.result);
  });
  const all = db.transaction("index").objectStore("index").getAll();
  const result = await new Promise<unknown[]>(
    (resolve) => (all.onsuccess = () => resolve(all.result)),
  );
  db.close();
  return result;
}

describe("files kept in this browser, when storage misbehaves", () => {
  beforeEach(() => {
    vi.stubGlobal("indexedDB", new IDBFactory());
  });

  it("gives up on storage that never answers, within the timeout", async () => {
    // Safari's IndexedDB can leave open() unanswered for good.
    vi.stubGlobal("indexedDB", { open: () => ({}) });
    await expect(saveLocalFile("a.json", "{}", { timeoutMs: 20 })).rejects.toThrow(
      "this browser's storage did not answer within 20 ms",
    );
    await expect(loadLocalFile(`${LOCAL_PREFIX}abc`, { timeoutMs: 20 })).rejects.toThrow(
      /did not answer/,
    );
  });

  it("fails with the browser's reason when opening storage throws", async () => {
    vi.stubGlobal("indexedDB", {
      open: () => {
        throw new DOMException("The operation is insecure.", "SecurityError");
      },
    });
    await expect(saveLocalFile("a.json", "{}")).rejects.toThrow("The operation is insecure.");
  });

  it("refuses a stored entry whose name is not text, saying what is wrong", async () => {
    await writeRaw([{ id: "bad1", name: { evil: true }, savedAt: 1 }], [["{}", "bad1"]]);
    await expect(loadLocalFile(`${LOCAL_PREFIX}bad1`)).rejects.toThrow(
      "The copy this browser kept is damaged (its name is an object, not text), so it was skipped. Open the file again from your computer.",
    );
  });

  it("refuses a stored text that is not text", async () => {
    await writeRaw([{ id: "bad2", name: "n.json", savedAt: 1 }], []);
    const db = await new Promise<IDBDatabase>((resolve) => {
      const opening = indexedDB.open("sourceline-files", 1);
      opening.onsuccess = () => resolve(opening.result);
    });
    const transaction = db.transaction("texts", "readwrite");
    transaction.objectStore("texts").put(42, "bad2");
    await new Promise((resolve) => (transaction.oncomplete = resolve));
    db.close();
    await expect(loadLocalFile(`${LOCAL_PREFIX}bad2`)).rejects.toThrow(
      /its text is a number, not text/,
    );
  });

  it("keeps saving past damaged entries, and clears them out", async () => {
    await writeRaw(
      [
        { id: "bad3", name: ["x"], savedAt: "yesterday" },
        { id: "bad4", name: "n.json", savedAt: Number.NaN },
      ],
      [["orphan text", "no-entry"]],
    );
    const data = await saveLocalFile("good.json", '{"ok":1}');
    expect(await loadLocalFile(data)).toMatchObject({ name: "good.json" });
    const ids = (await readRawIndex()).map((entry) => (entry as { id: unknown }).id);
    expect(ids).not.toContain("bad3");
    expect(ids).not.toContain("bad4");
    expect(await loadLocalFile(`${LOCAL_PREFIX}no-entry`)).toBeUndefined();
  });

  it("keeps five files even when storage holds thousands of entries", async () => {
    const many = Array.from({ length: 2000 }, (_, i) => ({
      id: `old${i}`,
      name: `old-${i}.json`,
      savedAt: i,
    }));
    await writeRaw(many, []);
    await saveLocalFile("new.json", "{}");
    expect(await readRawIndex()).toHaveLength(5);
  });
});
