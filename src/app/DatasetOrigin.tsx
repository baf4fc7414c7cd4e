import { BUILT_IN_DATASET_URL } from "../data/dataset-query";
import { isLocalData } from "../data/local-address";
import type { Dataset } from "../domain/types";

/** Which dataset is open, when it is not the built-in one, and the way back to it. */
export function DatasetOrigin({
  dataset,
  datasetUrl,
  kept,
}: {
  dataset: Dataset;
  datasetUrl: string;
  kept: boolean;
}) {
  if (datasetUrl === BUILT_IN_DATASET_URL) return null;
  const format = dataset.origin ? ` (${dataset.origin.format})` : "";
  return (
    <p className="app__dataset">
      {isLocalData(datasetUrl) ? (
        <>
          File: {dataset.origin ? <bdi>{dataset.origin.name}</bdi> : "a file"}
          {format},{" "}
          {kept
            ? "kept in this browser"
            : "open for this visit only: this browser would not keep it, so a reload will not bring it back"}
        </>
      ) : (
        <>
          Dataset: <bdi className="app__dataset-url">{datasetUrl}</bdi>
          {format}
        </>
      )}
      {" · "}
      <a href="?">Back to the built-in timeline</a>
    </p>
  );
}
