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

const DATABASE = "sourceline-files";
// The texts apart from a small list of what is kept, so making room never reads every file.
const TEXTS = "texts";
const INDEX = "index";
const KEEP = 5;

interface Entry {
  readonly id: string;
  readonly name: string;
  readonly savedAt: number;
}

/** The `data` value that names a file kept in this browser. */
export const LOCAL_PREFIX = "local:";

export function isLocalData(data: string | undefined): data is string {
  return data !== undefined && data.startsWith(LOCAL_PREFIX);
}

/**
 * Keeps a file and returns its `data` value, once the browser confirms it is written; throws
 * when it will not store it (no storage, or no room: a quota error arrives as an abort).
 */
export async function saveLocalFile(name: string, text: string): Promise<string> {
  const id = randomId();
  const db = await openDatabase();
  try {
    const entries = (await request(db.transaction(INDEX).objectStore(INDEX).getAll())) as Entry[];
    const stale = entries
      .sort((a, b) => b.savedAt - a.savedAt)
      .slice(KEEP - 1)
      .map((entry) => entry.id);
    const transaction = db.transaction([INDEX, TEXTS], "readwrite");
    const index = transaction.objectStore(INDEX);
    const texts = transaction.objectStore(TEXTS);
    for (const old of stale) {
      index.delete(old);
      texts.delete(old);
    }
    index.put({ id, name, savedAt: Date.now() } satisfies Entry);
    texts.put(text, id);
    await completed(transaction);
  } finally {
    db.close();
  }
  return `${LOCAL_PREFIX}${id}`;
}

/** The file a `data=local:<id>` value names, or undefined when this browser does not have it. */
export async function loadLocalFile(data: string): Promise<LocalFile | undefined> {
  const id = data.slice(LOCAL_PREFIX.length);
  const db = await openDatabase();
  try {
    const transaction = db.transaction([INDEX, TEXTS]);
    const [entry, text] = await Promise.all([
      request(transaction.objectStore(INDEX).get(id)) as Promise<Entry | undefined>,
      request(transaction.objectStore(TEXTS).get(id)) as Promise<string | undefined>,
    ]);
    return entry && typeof text === "string" ? { ...entry, text } : undefined;
  } finally {
    db.close();
  }
}

function openDatabase(): Promise<IDBDatabase> {
  if (typeof indexedDB === "undefined") {
    return Promise.reject(new Error("this browser has no storage for files (IndexedDB)"));
  }
  const opening = indexedDB.open(DATABASE, 1);
  opening.onupgradeneeded = () => {
    opening.result.createObjectStore(INDEX, { keyPath: "id" });
    opening.result.createObjectStore(TEXTS);
  };
  return request(opening);
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error("the browser's storage failed"));
  });
}

function completed(transaction: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    const fail = () =>
      reject(transaction.error ?? new Error("the browser's storage did not keep the file"));
    transaction.onabort = fail;
    transaction.onerror = fail;
  });
}

function randomId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(6));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}
