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

const DATABASE = "sourceline";
const STORE = "files";
const KEEP = 5;

/** The `data` value that names a file kept in this browser. */
export const LOCAL_PREFIX = "local:";

export function isLocalData(data: string | undefined): data is string {
  return data !== undefined && data.startsWith(LOCAL_PREFIX);
}

/** Keeps a file and returns its `data` value; throws when the browser will not store it. */
export async function saveLocalFile(name: string, text: string): Promise<string> {
  const id = randomId();
  const db = await openDatabase();
  try {
    const all = await request(db.transaction(STORE).objectStore(STORE).getAll());
    const stale = (all as LocalFile[])
      .sort((a, b) => b.savedAt - a.savedAt)
      .slice(KEEP - 1)
      .map((file) => file.id);
    const store = db.transaction(STORE, "readwrite").objectStore(STORE);
    for (const old of stale) store.delete(old);
    await request(store.put({ id, name, text, savedAt: Date.now() } satisfies LocalFile));
  } finally {
    db.close();
  }
  return `${LOCAL_PREFIX}${id}`;
}

/** The file a `data=local:<id>` value names, or undefined when this browser does not have it. */
export async function loadLocalFile(data: string): Promise<LocalFile | undefined> {
  const db = await openDatabase();
  try {
    const file = await request(
      db.transaction(STORE).objectStore(STORE).get(data.slice(LOCAL_PREFIX.length)),
    );
    return (file as LocalFile | undefined) ?? undefined;
  } finally {
    db.close();
  }
}

function openDatabase(): Promise<IDBDatabase> {
  if (typeof indexedDB === "undefined") {
    return Promise.reject(new Error("this browser has no storage for files (IndexedDB)"));
  }
  const opening = indexedDB.open(DATABASE, 1);
  opening.onupgradeneeded = () => opening.result.createObjectStore(STORE, { keyPath: "id" });
  return request(opening);
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error("the browser's storage failed"));
  });
}

function randomId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(6));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}
