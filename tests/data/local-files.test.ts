import { IDBFactory } from "fake-indexeddb";
import { beforeEach, describe, expect, it, vi } from "vitest";
import {
  isLocalData,
  loadLocalFile,
  LOCAL_PREFIX,
  saveLocalFile,
} from "../../src/data/local-files";

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
