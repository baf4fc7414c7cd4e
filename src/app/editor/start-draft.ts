import { draftData } from "../../data/draft/draft-address";
import { draftFromDataset, emptyDraft } from "../../data/draft/new-draft";
import { datasetWithSummaries } from "../../domain/remote-summaries";
import type { Dataset } from "../../domain/types";
import { startDraft } from "./draft-registry";

/** "New timeline": an empty draft, kept in this browser; its `data` value. */
export async function startNewDraft(): Promise<string> {
  return draftData(await startDraft(emptyDraft()));
}

/** "Edit a copy": the open dataset as a draft, its sources and quotations with it. */
export async function startCopyDraft(dataset: Dataset): Promise<string> {
  return draftData(await startDraft(draftFromDataset(await datasetWithSummaries(dataset))));
}
