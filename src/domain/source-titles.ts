import type { Dataset } from "./types";

/** The sources a filter names, as a reader knows them: “Title” (Publisher), in the link's order. */
export function sourceTitles(dataset: Pick<Dataset, "sources">, ids: readonly string[]): string {
  const byId = new Map(dataset.sources.map((source) => [source.id, source]));
  return ids
    .map((id) => {
      const source = byId.get(id);
      return source ? `“${source.title}” (${source.publisher})` : `“${id}”`;
    })
    .join(", ");
}
