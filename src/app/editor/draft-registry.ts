import { createDraftStore, type DraftStore } from "../../data/draft/draft-store";
import type { DraftDocument } from "../../data/draft/draft-document";
import { createDraft, loadDraft, renameDraft, saveDraft } from "../../data/draft/draft-storage";
import { reasonOf, unkeptStore } from "./unkept-store";

/**
 * The drafts open in this tab, by id: each keeps its undo history while the reader goes to
 * another dataset and comes Back, and a draft this browser refused to store lives only here.
 * Source state, not a cache: nothing here can be derived again from elsewhere.
 */
const open = new Map<string, DraftStore>();
/** Drafts deleted from this browser while open in this tab: their stores must not write them back. */
const deleted = new Set<string>();

/** The draft's store: the one open in this tab, else read from this browser's storage. */
export async function openDraftStore(id: string): Promise<DraftStore | undefined> {
  const known = open.get(id);
  if (known) return known;
  const document = await loadDraft(id);
  if (!document) return undefined;
  return remember(id, document);
}

/**
 * Starts a draft from a document and returns its id. When the browser will not store it, the
 * draft is made all the same, in this tab only: its store reports the failed save at once, and
 * the page says so and offers the export.
 */
export async function startDraft(document: DraftDocument): Promise<string> {
  try {
    const id = await createDraft(document);
    remember(id, document);
    return id;
  } catch (error) {
    const id = `unsaved-${randomPart()}`;
    remember(id, document, reasonOf(error));
    return id;
  }
}

/**
 * Renames a kept draft. One open in this tab is renamed in its store too (an edit, undoable):
 * otherwise the editor would show the old title and its next save would write it back.
 */
export async function renameKeptDraft(id: string, title: string): Promise<void> {
  await renameDraft(id, title);
  open.get(id)?.apply({ type: "set-details", title });
}

/** Forgets a deleted draft, so that its link says it is gone rather than showing it. */
export function forgetDraft(id: string): void {
  open.delete(id);
  deleted.add(id);
}

// An editor still showing a deleted draft would otherwise bring it back with its next save.
function saveUnlessDeleted(id: string, document: DraftDocument): Promise<void> {
  if (deleted.has(id)) {
    return Promise.reject(new Error("it was deleted from this browser under “Your timelines”"));
  }
  return saveDraft(id, document);
}

/** Keeps the draft's store for this tab; `refused` says why the browser would not keep it. */
function remember(id: string, document: DraftDocument, refused?: string): DraftStore {
  const kept = createDraftStore(id, document, { save: saveUnlessDeleted });
  const store = refused === undefined ? kept : unkeptStore(id, kept, refused, saveUnlessDeleted);
  open.set(id, store);
  return store;
}

function randomPart(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(6)), (b) =>
    b.toString(16).padStart(2, "0"),
  ).join("");
}
