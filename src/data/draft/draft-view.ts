import type { Dataset } from "../../domain/types";
import { buildDataset } from "../build-dataset";
// Static here: the editor's chunk is lazy already, and a draft is checked as the loader checks a file.
import { placeByWords } from "../place-by-words";
import type { DraftDocument, DraftProblem } from "./draft-document";
import { draftProblems } from "./draft-problems";
import { todayUtc, withPlaceholders } from "./draft-placeholders";

/** What the editor shows of a draft: the explorer's dataset, and what stops it being a file. */
export interface DraftView {
  readonly dataset: Dataset;
  readonly problems: readonly DraftProblem[];
}

/**
 * The draft seen as a dataset, with placeholders where values are unfinished, and the problems
 * the loader would refuse it for. Never throws: a draft mid-edit is shown, never an error page.
 */
export function viewDraft(document: DraftDocument): DraftView {
  const problems = draftProblems(document);
  const built = buildDataset(
    withPlaceholders(document, todayUtc()),
    new Map(),
    undefined,
    placeByWords,
  );
  const origin = { name: document.title, format: "Draft" };
  const dataset: Dataset = built.ok
    ? { ...built.dataset, origin }
    : // Placeholders stand in for every value the checks refuse; this is only a last resort.
      {
        title: document.title,
        description: "",
        sources: [],
        events: [],
        eras: [],
        origin,
        warnings: [],
      };
  return { dataset, problems };
}
