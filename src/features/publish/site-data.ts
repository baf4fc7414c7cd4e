// TEMPORARY until wt-publish-cli's layout is known.
import { toSourcelineJson } from "../../data/export/to-sourceline-json";
import type { Dataset } from "../../domain/types";
import type { SiteFile } from "./site-files";

/** The dataset as the site's app opens it, with its source texts. */
export function siteDataFiles(dataset: Dataset): readonly SiteFile[] {
  return [{ path: "datasets/kabul-2021.json", content: toSourcelineJson(dataset, dataset.events) }];
}
