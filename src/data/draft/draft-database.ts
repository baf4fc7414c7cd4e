/** The IndexedDB database that keeps drafts, and promises for its requests. */
import { completed as completedAs, openIndexedDb, request } from "../indexed-db";

const DATABASE = "sourceline-drafts";
/** What the list of drafts shows, apart so that listing never reads a whole draft. */
export const SUMMARIES = "summaries";
/** Each draft without its sources' texts, by draft id. */
export const DOCUMENTS = "documents";
/** Each source's text, by [draft id, source id]. */
export const TEXTS = "texts";

/** Opens the drafts database, making its stores the first time. */
export function openDrafts(): Promise<IDBDatabase> {
  return openIndexedDb(DATABASE, "drafts", (database) => {
    database.createObjectStore(SUMMARIES, { keyPath: "id" });
    database.createObjectStore(DOCUMENTS);
    database.createObjectStore(TEXTS);
  });
}

export { request };

/** Settles when a transaction is written, or fails (a quota error arrives as an abort). */
export function completed(transaction: IDBTransaction): Promise<void> {
  return completedAs(transaction, "draft");
}
