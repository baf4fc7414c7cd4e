import type { Dataset } from "../../domain/types";
import {
  siteCards,
  siteDataFiles,
  siteIndexHtml,
  sitePages,
  type SiteFile,
  type SiteOptions,
} from "./site-files";

/**
 * Every file of the published site, as `npm run publish` writes it: the app's own files with its
 * index.html given the dataset's preview tags, the dataset and its source texts, a page per event,
 * the sitemap, and the PNG cards (the site's own and each event's), keyed by path. A file the site writes replaces the app's at that path.
 * Throws when the app's index.html or an event's card is missing: a site without them would
 * preview as nothing.
 */
export function assembleSite(
  appFiles: readonly SiteFile[],
  dataset: Dataset,
  options: SiteOptions,
  cards: ReadonlyMap<string, Uint8Array>,
): readonly SiteFile[] {
  const index = appFiles.find((file) => file.path === "index.html");
  if (!index || typeof index.content !== "string") {
    throw new Error("The app’s index.html is missing, so the site would not open.");
  }
  const files = new Map<string, SiteFile>();
  const add = (file: SiteFile) => files.set(file.path, file);
  appFiles.forEach(add);
  add({ path: "index.html", content: siteIndexHtml(index.content, dataset, options) });
  siteDataFiles(dataset).forEach(add);
  sitePages(dataset, options).forEach(add);
  for (const { path, name } of siteCards(dataset)) {
    const card = cards.get(path);
    if (!card) throw new Error(`The preview card of ${name} is missing.`);
    add({ path, content: card });
  }
  return [...files.values()];
}
