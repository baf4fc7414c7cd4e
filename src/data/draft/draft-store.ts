import type { DraftDocument, DraftEdit } from "./draft-document";
import {
  canRedo,
  canUndo,
  recordEdit,
  redoEdit,
  startHistory,
  undoEdit,
  type DraftHistory,
} from "./draft-history";
import { saveDraft } from "./draft-storage";
import { viewDraft, type DraftView } from "./draft-view";

/** Whether the draft as shown is the draft kept, and why not when a save failed. */
export interface DraftSaveState {
  readonly status: "saved" | "saving" | "failed";
  readonly error?: string;
}

/** Everything the editor shows of a draft at one moment; a new object only when it changed. */
export interface DraftSnapshot {
  readonly document: DraftDocument;
  readonly view: DraftView;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  readonly save: DraftSaveState;
}

/**
 * A draft being edited: its history and its saving, outside React (`useSyncExternalStore`). Its
 * methods need no `this`, so they can be passed on as they are.
 */
export interface DraftStore {
  getSnapshot(): DraftSnapshot;
  subscribe(listener: () => void): () => void;
  apply(edit: DraftEdit, options?: { readonly coalesce?: string }): void;
  undo(): void;
  redo(): void;
  retrySave(): void;
}

export interface DraftStoreOptions {
  /** Writes the draft; IndexedDB's `saveDraft` unless a test gives its own. */
  readonly save?: (id: string, document: DraftDocument) => Promise<void>;
}

/**
 * A store for the draft kept under `id`, which `document` is as it was last saved. Every change
 * is saved at once, one write at a time: a change made while a write is under way is written
 * when it ends (only the latest, so writes never go out of order and none is lost). A failed
 * write says why, and the next change, or `retrySave`, tries again.
 */
export function createDraftStore(
  id: string,
  document: DraftDocument,
  { save = saveDraft }: DraftStoreOptions = {},
): DraftStore {
  let history: DraftHistory = startHistory(document);
  let view = viewDraft(document);
  let saveState: DraftSaveState = SAVED;
  let snapshot = takeSnapshot();
  const listeners = new Set<() => void>();
  // The latest document not yet handed to `save`, and whether a write is under way.
  let unsaved: DraftDocument | undefined;
  let writing = false;

  function takeSnapshot(): DraftSnapshot {
    return {
      document: history.present,
      view,
      canUndo: canUndo(history),
      canRedo: canRedo(history),
      save: saveState,
    };
  }

  function publish(): void {
    const next = takeSnapshot();
    const same =
      next.document === snapshot.document &&
      next.view === snapshot.view &&
      next.canUndo === snapshot.canUndo &&
      next.canRedo === snapshot.canRedo &&
      next.save === snapshot.save;
    if (same) return;
    snapshot = next;
    for (const listener of [...listeners]) listener();
  }

  function change(next: DraftHistory): void {
    const changed = next.present !== history.present;
    history = next;
    if (changed) {
      view = viewDraft(history.present);
      unsaved = history.present;
      if (!writing) void writeLatest();
    }
    publish();
  }

  async function writeLatest(): Promise<void> {
    writing = true;
    while (unsaved !== undefined) {
      const document = unsaved;
      unsaved = undefined;
      saveState = SAVING;
      publish();
      try {
        await save(id, document);
        if (unsaved === undefined) saveState = SAVED;
      } catch (error) {
        // A change made meanwhile is written next; otherwise this one waits for a retry.
        if (unsaved === undefined) {
          unsaved = document;
          saveState = { status: "failed", error: reasonOf(error) };
          break;
        }
      }
    }
    writing = false;
    publish();
  }

  return {
    getSnapshot: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    apply: (edit, options) => change(recordEdit(history, edit, options?.coalesce)),
    undo: () => change(undoEdit(history)),
    redo: () => change(redoEdit(history)),
    retrySave() {
      if (saveState.status === "failed" && !writing) void writeLatest();
    },
  };
}

// Kept as one object each, so that a second write in a row is no change to the snapshot.
const SAVED: DraftSaveState = { status: "saved" };
const SAVING: DraftSaveState = { status: "saving" };

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
