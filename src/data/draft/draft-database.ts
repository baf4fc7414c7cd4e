/** The IndexedDB database that keeps drafts, and promises for its requests. */

const DATABASE = "sourceline-drafts";
/** What the list of drafts shows, apart so that listing never reads a whole draft. */
export const SUMMARIES = "summaries";
/** Each draft without its sources' texts, by draft id. */
export const DOCUMENTS = "documents";
/** Each source's text, by [draft id, source id]. */
export const TEXTS = "texts";

/** Opens the drafts database, making its stores the first time. */
export function openDrafts(): Promise<IDBDatabase> {
  if (typeof indexedDB === "undefined") {
    return Promise.reject(new Error("this browser has no storage for drafts (IndexedDB)"));
  }
  let opening: IDBOpenDBRequest;
  try {
    opening = indexedDB.open(DATABASE, 1);
  } catch (error) {
    // Firefox in some private modes throws here instead of failing the request.
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
  opening.onupgradeneeded = () => {
    opening.result.createObjectStore(SUMMARIES, { keyPath: "id" });
    opening.result.createObjectStore(DOCUMENTS);
    opening.result.createObjectStore(TEXTS);
  };
  return request(opening);
}

/** A request's result, or its error. */
export function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error("the browser's storage failed"));
  });
}

/** Settles when a transaction is written, or fails (a quota error arrives as an abort). */
export function completed(transaction: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    const fail = () =>
      reject(transaction.error ?? new Error("the browser's storage did not keep the draft"));
    transaction.onabort = fail;
    transaction.onerror = fail;
  });
}
