import { STORAGE_TIMEOUT_MS, type StorageOptions } from "../local-files";
import { withTimeout } from "../storage-timeout";
import type { DraftDocument } from "./draft-document";
import { openDrafts, completed, request, TEXTS, DOCUMENTS, SUMMARIES } from "./draft-database";
import {
  readStoredDraft,
  readStoredSummary,
  withoutTexts,
  type DraftSummary,
} from "./stored-draft";

export type { DraftSummary } from "./stored-draft";

/**
 * Drafts kept in this browser's IndexedDB, saved after every change. A source's text (it may be
 * megabytes) is stored apart from the rest and written only when it changed: a keystroke in an
 * event's title writes the event list, never the article again. Every function rejects with an
 * Error in words when the browser refuses storage or does not answer within the timeout.
 */

// The texts this tab last wrote or read, by draft and source: a text is compared with these
// (the same string, so nearly always at once) instead of being read back or written again.
const written = new Map<string, string>();
const textKey = (draftId: string, sourceId: string) => `${draftId}\u0000${sourceId}`;

/** The drafts this browser keeps, the one saved last first; damaged entries are left out. */
export function listDrafts({ timeoutMs = STORAGE_TIMEOUT_MS }: StorageOptions = {}): Promise<
  DraftSummary[]
> {
  return guarded("list the drafts", timeoutMs, async (db) => {
    const values = await request(
      db.transaction(SUMMARIES).objectStore(SUMMARIES).getAll() as IDBRequest<unknown[]>,
    );
    return values
      .flatMap((value) => readStoredSummary(value) ?? [])
      .sort((a, b) => b.savedAt - a.savedAt);
  });
}

/** Keeps a new draft and gives its id, once the browser confirms it is written. */
export async function createDraft(
  document: DraftDocument,
  options: StorageOptions = {},
): Promise<string> {
  const id = randomId();
  await saveDraft(id, document, options);
  return id;
}

/**
 * The draft with this id, or undefined when this browser does not have it; throws, saying what
 * is wrong, when its stored copy is damaged.
 */
export function loadDraft(
  id: string,
  { timeoutMs = STORAGE_TIMEOUT_MS }: StorageOptions = {},
): Promise<DraftDocument | undefined> {
  return guarded("open the draft", timeoutMs, async (db) => {
    const transaction = db.transaction([DOCUMENTS, TEXTS]);
    const [stored, keys, texts] = await Promise.all([
      request(transaction.objectStore(DOCUMENTS).get(id) as IDBRequest<unknown>),
      request(transaction.objectStore(TEXTS).getAllKeys(draftRange(id))),
      request(transaction.objectStore(TEXTS).getAll(draftRange(id)) as IDBRequest<unknown[]>),
    ]);
    if (stored === undefined) return undefined;
    const bySource = new Map(keys.map((key, i) => [sourceIdOf(key), texts[i]]));
    const read = readStoredDraft(stored, (sourceId) => bySource.get(sourceId));
    if (!read.ok) {
      throw new DamagedDraftError(
        `The copy of this draft that this browser kept is damaged (${read.problem}), so it cannot be opened.`,
      );
    }
    for (const source of read.document.sources) written.set(textKey(id, source.id), source.text);
    return read.document;
  });
}

/** Writes the draft under its id, its texts only where they changed since they were written. */
export function saveDraft(
  id: string,
  document: DraftDocument,
  { timeoutMs = STORAGE_TIMEOUT_MS }: StorageOptions = {},
): Promise<void> {
  return guarded("save the draft", timeoutMs, async (db) => {
    const storedKeys = await request(
      db.transaction(TEXTS).objectStore(TEXTS).getAllKeys(draftRange(id)),
    );
    const transaction = db.transaction([SUMMARIES, DOCUMENTS, TEXTS], "readwrite");
    const texts = transaction.objectStore(TEXTS);
    const stored = new Set(storedKeys.map(sourceIdOf));
    const kept = new Set(document.sources.map((source) => source.id));
    for (const sourceId of stored) if (!kept.has(sourceId)) texts.delete([id, sourceId]);
    const writing: [string, string][] = [];
    for (const source of document.sources) {
      const key = textKey(id, source.id);
      if (stored.has(source.id) && written.get(key) === source.text) continue;
      texts.put(source.text, [id, source.id]);
      writing.push([key, source.text]);
    }
    transaction.objectStore(DOCUMENTS).put(withoutTexts(document), id);
    transaction.objectStore(SUMMARIES).put({
      id,
      title: document.title,
      savedAt: Date.now(),
      events: document.events.length,
      sources: document.sources.length,
    } satisfies DraftSummary);
    await completed(transaction);
    for (const [key, text] of writing) written.set(key, text);
    for (const sourceId of stored) if (!kept.has(sourceId)) written.delete(textKey(id, sourceId));
  });
}

/** Gives a kept draft a new title; throws when this browser does not have it. */
export async function renameDraft(
  id: string,
  title: string,
  options: StorageOptions = {},
): Promise<void> {
  const document = await loadDraft(id, options);
  if (!document) throw new Error("This browser does not have that draft, so it was not renamed.");
  await saveDraft(id, { ...document, title }, options);
}

/** Removes a draft and its texts; one this browser does not have is already gone. */
export function deleteDraft(
  id: string,
  { timeoutMs = STORAGE_TIMEOUT_MS }: StorageOptions = {},
): Promise<void> {
  return guarded("delete the draft", timeoutMs, async (db) => {
    const transaction = db.transaction([SUMMARIES, DOCUMENTS, TEXTS], "readwrite");
    transaction.objectStore(SUMMARIES).delete(id);
    transaction.objectStore(DOCUMENTS).delete(id);
    transaction.objectStore(TEXTS).delete(draftRange(id));
    await completed(transaction);
    for (const key of [...written.keys()]) if (key.startsWith(textKey(id, ""))) written.delete(key);
  });
}

/** A stored copy that cannot be read back: its message says so in whole sentences. */
class DamagedDraftError extends Error {}

/** Runs an operation on the open database, closed after; its failure says what was being done. */
function guarded<T>(
  what: string,
  timeoutMs: number,
  operation: (db: IDBDatabase) => Promise<T>,
): Promise<T> {
  return withTimeout(timeoutMs, async () => {
    const db = await openDrafts();
    try {
      return await operation(db);
    } finally {
      db.close();
    }
  }).catch((error: unknown) => {
    if (error instanceof DamagedDraftError) throw error;
    const reason = (error instanceof Error ? error.message : String(error)).replace(/\.$/, "");
    throw new Error(`Could not ${what}: ${reason}.`);
  });
}

// Texts are keyed [draft id, source id]: every array starting with the id sorts between these.
function draftRange(id: string): IDBKeyRange {
  return IDBKeyRange.bound([id], [id, []]);
}

function sourceIdOf(key: IDBValidKey): string {
  return Array.isArray(key) && typeof key[1] === "string" ? key[1] : "";
}

function randomId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(6));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}
