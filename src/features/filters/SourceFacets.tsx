import { useMemo, useRef } from "react";
import type { SourceCount } from "../../domain/filter";
import type { Source } from "../../domain/types";
import { planShown } from "../../ui/show-more";
import { ShowMoreButton } from "../../ui/ShowMoreButton";
import { useShownCount } from "../../ui/use-shown-count";
import { Facet } from "./Facet";

// A dataset may quote a thousand sources: the first few show, the rest a hundred at a time (a
// thousand checkboxes drew 5,000 elements and held the first render for a tenth of a second).
const FIRST_SOURCES = 30;
const MORE_SOURCES = 100;

interface SourceFacetsProps {
  readonly counts: readonly SourceCount[];
  readonly sources: readonly Pick<Source, "id" | "title" | "publisher">[];
  readonly chosen: readonly string[];
  readonly onChange: (sources: string[]) => void;
}

/** The source filter: each source with its events, most first, the chosen ones always shown. */
export function SourceFacets({ counts, sources, chosen, onChange }: SourceFacetsProps) {
  const listRef = useRef<HTMLUListElement>(null);
  const { limit, more } = useShownCount(MORE_SOURCES, sources, listRef, FIRST_SOURCES);
  const plan = planShown(counts.length, limit, MORE_SOURCES);
  // Once per list: the panel is drawn again on every pan frame, and a dataset may have 1,000.
  const byId = useMemo(() => new Map(sources.map((source) => [source.id, source])), [sources]);
  const ranked = useMemo(() => [...counts].sort((a, b) => b.count - a.count), [counts]);
  const picked = new Set(chosen);
  const shown = ranked.filter((c, i) => i < limit || picked.has(c.sourceId));
  const toggle = (id: string) =>
    onChange(picked.has(id) ? chosen.filter((s) => s !== id) : [...chosen, id]);
  return (
    <fieldset className="facets">
      <legend>Sources</legend>
      <ul className="facets__list" ref={listRef}>
        {shown.map(({ sourceId, count }) => {
          const source = byId.get(sourceId);
          return (
            <Facet
              key={sourceId}
              name={source ? `${source.title} (${source.publisher})` : sourceId}
              count={count}
              checked={picked.has(sourceId)}
              onToggle={() => toggle(sourceId)}
            />
          );
        })}
      </ul>
      <ShowMoreButton plan={plan} total={counts.length} noun="sources" onMore={more} />
    </fieldset>
  );
}
