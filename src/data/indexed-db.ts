/**
 * Promises over IndexedDB, shared by what the app keeps in this browser (opened files, drafts).
 * `what` names the kept thing in messages: "files", "drafts".
 */

/** Opens a database, making its stores with `upgrade` the first time. */
export function openIndexedDb(
  name: string,
  what: string,
  upgrade: (database: IDBDatabase) => void,
): Promise<IDBDatabase> {
  if (typeof indexedDB === "undefined") {
    return Promise.reject(new Error(`this browser has no storage for ${what} (IndexedDB)`));
  }
  let opening: IDBOpenDBRequest;
  try {
    opening = indexedDB.open(name, 1);
  } catch (error) {
    // Firefox in some private modes throws here instead of failing the request.
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
  opening.onupgradeneeded = () => upgrade(opening.result);
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
export function completed(transaction: IDBTransaction, what: string): Promise<void> {
  return new Promise((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    const fail = () =>
      reject(transaction.error ?? new Error(`the browser's storage did not keep the ${what}`));
    transaction.onabort = fail;
    transaction.onerror = fail;
  });
}
