import { queryOptions } from "@tanstack/react-query";
import { fetchDataset } from "./fetch-dataset";

/** The built-in dataset, relative to the page so the app works from any sub-path. */
export const BUILT_IN_DATASET_URL = "./datasets/kabul-2021.json";

/** Query options for a dataset and its source texts; the only way the app fetches data. */
export function datasetQueryOptions(url: string = BUILT_IN_DATASET_URL) {
  return queryOptions({
    queryKey: ["dataset", url],
    queryFn: ({ signal }) => fetchDataset(url, signal),
    staleTime: Infinity,
    // A dataset that is not valid will not become valid by asking again.
    retry: (failureCount, error) => error.name === "FetchError" && failureCount < 2,
  });
}
