import { describe, expect, it } from "vitest";
import type { DraftEdit } from "../../../src/data/draft/draft-document";
import {
  canRedo,
  canUndo,
  MAX_UNDO_STEPS,
  recordEdit,
  redoEdit,
  startHistory,
  undoEdit,
} from "../../../src/data/draft/draft-history";
import { aDraft } from "../../fixtures/drafts";

const title = (value: string): DraftEdit => ({ type: "set-details", title: value });
const description = (value: string): DraftEdit => ({ type: "set-details", description: value });

describe("undo and redo of a draft's edits", () => {
  it("undoes and redoes one edit", () => {
    let history = startHistory(aDraft());
    expect(canUndo(history)).toBe(false);
    history = recordEdit(history, title("Kabul"));
    expect(history.present.title).toBe("Kabul");
    history = undoEdit(history);
    expect(history.present.title).toBe("Kabul, August 2021");
    expect(canRedo(history)).toBe(true);
    history = redoEdit(history);
    expect(history.present.title).toBe("Kabul");
    expect(canRedo(history)).toBe(false);
  });

  it("takes typing in one field back in one step", () => {
    let history = startHistory(aDraft());
    for (const typed of ["K", "Ka", "Kab"]) history = recordEdit(history, title(typed), "title");
    expect(history.past).toHaveLength(1);
    expect(undoEdit(history).present.title).toBe("Kabul, August 2021");
  });

  it("ends a run of typing at another field's edit, or at undo", () => {
    let history = startHistory(aDraft());
    history = recordEdit(history, title("K"), "title");
    history = recordEdit(history, description("D"), "description");
    history = recordEdit(history, title("Ka"), "title");
    expect(history.past).toHaveLength(3);
    history = undoEdit(history);
    history = recordEdit(history, title("Kx"), "title");
    expect(history.past).toHaveLength(3);
    expect(undoEdit(history).present.title).toBe("K");
  });

  it("makes each edit its own step without a coalesce key", () => {
    let history = startHistory(aDraft());
    history = recordEdit(history, title("A"), "");
    history = recordEdit(history, title("B"));
    expect(history.past).toHaveLength(2);
  });

  it("forgets what was undone once a new edit is made", () => {
    let history = recordEdit(startHistory(aDraft()), title("A"));
    history = recordEdit(undoEdit(history), title("B"));
    expect(canRedo(history)).toBe(false);
    expect(history.present.title).toBe("B");
  });

  it("records no step for an edit that changes nothing, and nothing to undo is no change", () => {
    const history = startHistory(aDraft());
    expect(recordEdit(history, title("Kabul, August 2021"))).toBe(history);
    expect(undoEdit(history)).toBe(history);
    expect(redoEdit(history)).toBe(history);
  });

  it("keeps at most 200 steps", () => {
    let history = startHistory(aDraft());
    for (let i = 0; i < MAX_UNDO_STEPS + 50; i++) history = recordEdit(history, title(`T${i}`));
    expect(MAX_UNDO_STEPS).toBe(200);
    expect(history.past).toHaveLength(200);
    while (canUndo(history)) history = undoEdit(history);
    expect(history.present.title).toBe("T49");
  });
});
