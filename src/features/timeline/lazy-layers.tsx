import { loadBeside } from "../../ui/load-beside";

// Drawn only for a dataset with eras, or one too dense to mark event by event, which the built-in
// timeline is not: one chunk, asked for as the page starts, beside the dataset. Nothing moves when
// it comes: the plot keeps the eras' lane from its first frame, their list is for screen readers,
// and a dataset dense enough for counts takes far longer to load than this chunk.
const layers = () => import("./layers");

export const LazyEraBands = loadBeside(() => layers().then((m) => m.EraBands), "The eras");
export const LazyEraList = loadBeside(() => layers().then((m) => m.EraList), "The list of eras");
export const LazyOverviewEras = loadBeside(
  () => layers().then((m) => m.OverviewEras),
  "The overview's eras",
);
export const LazyDensityBuckets = loadBeside(
  () => layers().then((m) => m.DensityBuckets),
  "The counts of events",
);
