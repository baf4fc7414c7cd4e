import { loadBeside } from "./load-beside";

/** DatasetWarnings, out of the page's first script: the built-in dataset has none. */
export const LazyDatasetWarnings = loadBeside(
  () => import("./DatasetWarnings").then(({ DatasetWarnings }) => DatasetWarnings),
  "The dataset's warnings",
);
