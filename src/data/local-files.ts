import { completed as completedAs, openIndexedDb, request } from "./indexed-db";
import { withTimeout } from "./storage-timeout";
import { LOCAL_PREFIX } from "./local-address";
import { describeStoredValue, readStoredEntry, type StoredEntry } from "./stored-entry";

/**
 * Files the user opened, kept in this browser's IndexedDB so that a reload (or a link with
 * `data=local:<id>`) opens them again. Only the last few are kept: they can be large.
 */

export interface LocalFile {
  readonly id: string;
  readonly name: string;
  readonly text: string;
  readonly savedAt: number;
}

/** How long the browser's storage may take before the app goes on without it. */
export interface StorageOptions {
  readonly timeoutMs?: number;
}

const DATABASE = "sourceline-files";
// The texts apart from a small list of what is kept, so making room never reads every file.
const TEXTS = "texts";
const INDEX = "index";
const KEEP = 5;
// Safari's IndexedDB can leave `open` unanswered for good; a healthy one answers in milliseconds.
export const STORAGE_TIMEOUT_MS = 3000;

/**
 * Keeps a file and returns its `data` value, once the browser confirms it is written; throws
 * when it will not store it (no storage, no room: a quota error arrives as an abort, or no answer
 * within the timeout). Entries that are damaged, and texts no entry names, are removed.
 */
export async function saveLocalFile(
  name: string,
  text: string,
  { timeoutMs = STORAGE_TIMEOUT_MS }: StorageOptions = {},
): Promise<string> {
  const id = randomId();
  return withTimeout(timeoutMs, async () => {
    const db = await openDatabase();
    try {
      const reading = db.transaction([INDEX, TEXTS]);
      const [keys, values, textKeys] = await Promise.all([
        request(reading.objectStore(INDEX).getAllKeys()),
        request(reading.objectStore(INDEX).getAll() as IDBRequest<unknown[]>),
        request(reading.objectStore(TEXTS).getAllKeys()),
      ]);
      const entries = values.flatMap((value) => readStoredEntry(value) ?? []);
      const kept = new Set(
        entries
          .sort((a, b) => b.savedAt - a.savedAt)
          .slice(0, KEEP - 1)
          .map((entry) => entry.id),
      );
      const transaction = db.transaction([INDEX, TEXTS], "readwrite");
      const index = transaction.objectStore(INDEX);
      const texts = transaction.objectStore(TEXTS);
      for (const key of keys) if (!kept.has(key as string)) index.delete(key);
      for (const key of textKeys) if (!kept.has(key as string)) texts.delete(key);
      index.put({ id, name, savedAt: Date.now() } satisfies StoredEntry);
      texts.put(text, id);
      await completed(transaction);
    } finally {
      db.close();
    }
    return `${LOCAL_PREFIX}${id}`;
  });
}

/**
 * The file a `data=local:<id>` value names, or undefined when this browser does not have it;
 * throws, saying what is wrong, when its stored copy is damaged or storage does not answer.
 */
export async function loadLocalFile(
  data: string,
  { timeoutMs = STORAGE_TIMEOUT_MS }: StorageOptions = {},
): Promise<LocalFile | undefined> {
  const id = data.slice(LOCAL_PREFIX.length);
  return withTimeout(timeoutMs, async () => {
    const db = await openDatabase();
    try {
      const transaction = db.transaction([INDEX, TEXTS]);
      const [stored, text] = await Promise.all([
        request(transaction.objectStore(INDEX).get(id) as IDBRequest<unknown>),
        request(transaction.objectStore(TEXTS).get(id) as IDBRequest<unknown>),
      ]);
      if (stored === undefined && text === undefined) return undefined;
      // Stored data is input like any other: another version, an extension or a broken disk
      // may have written it. A bad copy is refused in words, never rendered.
      const entry = readStoredEntry(stored);
      if (!entry || entry.id !== id) throw damaged(describeStoredValue(stored, "record"));
      if (typeof text !== "string") throw damaged(describeStoredValue(text, "text"));
      return { ...entry, text };
    } finally {
      db.close();
    }
  });
}

function damaged(what: string): Error {
  return new Error(
    `The copy this browser kept is damaged (${what}), so it was skipped. Open the file again from your computer.`,
  );
}

function openDatabase(): Promise<IDBDatabase> {
  return openIndexedDb(DATABASE, "files", (database) => {
    database.createObjectStore(INDEX, { keyPath: "id" });
    database.createObjectStore(TEXTS);
  });
}

function completed(transaction: IDBTransaction): Promise<void> {
  return completedAs(transaction, "file");
}

function randomId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(6));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}
