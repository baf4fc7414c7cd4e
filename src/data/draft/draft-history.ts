import { applyEdit } from "./apply-edit";
import type { DraftDocument, DraftEdit } from "./draft-document";

/** The most undo steps kept: a long session must not keep every version of a draft alive. */
export const MAX_UNDO_STEPS = 200;

/**
 * A draft with the versions before and after it. `coalescing` is the key of the run of edits the
 * present step is still taking in (typing in one field), undefined once the run has ended.
 */
export interface DraftHistory {
  readonly past: readonly DraftDocument[];
  readonly present: DraftDocument;
  readonly future: readonly DraftDocument[];
  readonly coalescing?: string;
}

/** A history with nothing to undo or redo. */
export function startHistory(document: DraftDocument): DraftHistory {
  return { past: [], present: document, future: [] };
}

/**
 * The history after an edit: a new undo step, or, when `coalesce` names the same run as the last
 * edit, the same step changed (typing "Kabul" in one field is one step, not five). An edit that
 * changes nothing leaves the history as it was.
 */
export function recordEdit(
  history: DraftHistory,
  edit: DraftEdit,
  coalesce?: string,
): DraftHistory {
  const next = applyEdit(history.present, edit);
  const key = coalesce === "" ? undefined : coalesce;
  if (next === history.present) {
    // Nothing changed, but an edit from elsewhere still ends the run of typing.
    return key === history.coalescing ? history : { ...history, coalescing: undefined };
  }
  if (key !== undefined && key === history.coalescing && history.past.length > 0) {
    return { past: history.past, present: next, future: [], coalescing: key };
  }
  const past = [...history.past, history.present].slice(-MAX_UNDO_STEPS);
  return key === undefined
    ? { past, present: next, future: [] }
    : { past, present: next, future: [], coalescing: key };
}

/** The history one step back; the same history when there is nothing to undo. */
export function undoEdit(history: DraftHistory): DraftHistory {
  const previous = history.past.at(-1);
  if (previous === undefined) return history;
  return {
    past: history.past.slice(0, -1),
    present: previous,
    future: [history.present, ...history.future],
  };
}

/** The history one step forward; the same history when there is nothing to redo. */
export function redoEdit(history: DraftHistory): DraftHistory {
  const [next, ...future] = history.future;
  if (next === undefined) return history;
  return { past: [...history.past, history.present], present: next, future };
}

/** Whether there is a step to undo. */
export function canUndo(history: DraftHistory): boolean {
  return history.past.length > 0;
}

/** Whether there is a step to redo. */
export function canRedo(history: DraftHistory): boolean {
  return history.future.length > 0;
}
