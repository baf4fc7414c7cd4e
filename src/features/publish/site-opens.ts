import { DatasetError } from "../../data/dataset-error";
import { toSourcelineJson } from "../../data/export/to-sourceline-json";
import { readDataset } from "../../data/read-dataset";
import type { Dataset } from "../../domain/types";

const LISTED = 3;

/**
 * Refuses, in the loader's own words, a timeline the published site's app would not open (a
 * draft with problems still in it): better said now than found by the site's readers.
 */
export async function ensureSiteOpens(dataset: Dataset): Promise<void> {
  try {
    await readDataset(toSourcelineJson(dataset, dataset.events), {
      name: dataset.title,
      label: "The timeline",
    });
  } catch (error) {
    const problems = error instanceof DatasetError ? error.problems : [];
    const more = problems.length > LISTED ? ` (and ${problems.length - LISTED} more)` : "";
    const listed = problems
      .slice(0, LISTED)
      .map((problem) => problem.replace(/\.$/, ""))
      .join("; ");
    throw new Error(
      `This timeline cannot be published yet: the site would not open it. ${listed ? `${listed}${more}. ` : ""}Mend what the editor marks, then try again.`,
    );
  }
}
