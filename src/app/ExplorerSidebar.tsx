import { useMemo, type ReactNode } from "react";
import type { DatasetIndex } from "../domain/dataset-index";
import { countryCounts, groupCounts, sourceCounts } from "../domain/filter";
import { sourceTitles } from "../domain/source-titles";
import type { Dataset, EventId, TimelineEvent } from "../domain/types";
import { FilterPanel } from "../features/filters/FilterPanel";
import { EventList } from "../features/list/EventList";
import { EmptyState } from "../ui/EmptyState";
import type { View } from "./resolve-view";
import type { Filters } from "./use-view-actions";

interface ExplorerSidebarProps {
  readonly index: DatasetIndex;
  readonly view: View;
  /** The events the list draws (the view's, or the last ones while React catches up). */
  readonly shownEvents: readonly TimelineEvent[];
  /** What the list says when the dataset has no events at all (an editor's word). */
  readonly noEvents?: ReactNode;
  readonly filter: (filters: Filters) => void;
  readonly onSelect: (id: EventId) => void;
}

/** The filters with their counts, and the list of the events they leave (or why there are none). */
export function ExplorerSidebar({
  index,
  view,
  shownEvents,
  noEvents,
  filter,
  onSelect,
}: ExplorerSidebarProps) {
  const { dataset } = index;
  // Worked out once per filter and kept by the index: the view is new on every pan frame.
  const counts = countryCounts(index, view.query, view.groups, view.sources);
  const groups = groupCounts(index, view.query, view.countries, view.sources);
  const sourceIds = useMemo(() => dataset.sources.map((source) => source.id), [dataset.sources]);
  const sources = sourceCounts(index, sourceIds, view);
  const clear = () => filter({ countries: [], groups: [], sources: [], query: "" });
  return (
    <aside className="app__sidebar">
      <FilterPanel
        counts={counts}
        countries={view.countries}
        groupCounts={groups}
        groups={view.groups}
        onGroupsChange={(groups) => filter({ groups })}
        sourceCounts={sources}
        sourceList={dataset.sources}
        sources={view.sources}
        onSourcesChange={(sources) => filter({ sources })}
        query={view.query}
        shown={view.filtered.length}
        searching={view.searching}
        total={dataset.events.length}
        onCountriesChange={(countries) => filter({ countries })}
        onQueryChange={(query) => filter({ query })}
        onClear={clear}
      />
      {dataset.events.length === 0 && noEvents ? (
        <EmptyState>{noEvents}</EmptyState>
      ) : view.filtered.length === 0 ? (
        <EmptyState>
          <p>No events match {describeFilters(dataset, view)}.</p>
          <button type="button" className="button button--small" onClick={clear}>
            Clear filters
          </button>
        </EmptyState>
      ) : (
        <EventList events={shownEvents} selectedId={view.selected?.id} onSelect={onSelect} />
      )}
    </aside>
  );
}

function describeFilters(
  dataset: Dataset,
  { countries, groups, sources, query }: Pick<View, "countries" | "groups" | "sources" | "query">,
): string {
  const parts = [];
  if (countries.length > 0) parts.push(`the countries ${countries.join(", ")}`);
  if (groups.length > 0) parts.push(`the groups ${groups.map((g) => `“${g}”`).join(", ")}`);
  if (sources.length > 0) parts.push(`the sources ${sourceTitles(dataset, sources)}`);
  if (query.trim()) parts.push(`the search “${query.trim()}”`);
  return parts.join(" and ");
}
