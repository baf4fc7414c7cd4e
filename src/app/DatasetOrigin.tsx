import { isLocalData } from "../data/local-address";
import type { Dataset } from "../domain/types";
import { defaultDatasetUrl } from "./published-site";

/** Which dataset is open, when it is not the default one (built-in or the site's), and the way back to it. */
export function DatasetOrigin({
  dataset,
  datasetUrl,
  kept,
}: {
  dataset: Dataset;
  datasetUrl: string;
  kept: boolean;
}) {
  if (datasetUrl === defaultDatasetUrl()) return null;
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
