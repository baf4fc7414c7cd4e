import { useId, useRef } from "react";
import { countryName } from "../../domain/countries";
import type { CountryCount, GroupCount, SourceCount } from "../../domain/filter";
import type { Source } from "../../domain/types";
import { formatCount } from "../../domain/count";
import { planShown } from "../../ui/show-more";
import { ShowMoreButton } from "../../ui/ShowMoreButton";
import { useShownCount } from "../../ui/use-shown-count";
import { Facet } from "./Facet";
import { SourceFacets } from "./SourceFacets";
import { SEARCH_CAP_NOTE, useSearchCap } from "./use-search-cap";

interface FilterPanelProps {
  readonly counts: readonly CountryCount[];
  readonly countries: readonly string[];
  readonly groupCounts: readonly GroupCount[];
  readonly groups: readonly string[];
  readonly onGroupsChange: (groups: string[]) => void;
  /** Each source's events among those the other filters leave; shown from two sources on. */
  readonly sourceCounts?: readonly SourceCount[];
  readonly sourceList?: readonly Pick<Source, "id" | "title" | "publisher">[];
  readonly sources?: readonly string[];
  readonly onSourcesChange?: (sources: string[]) => void;
  readonly query: string;
  readonly shown: number;
  /** The search's words are still being looked for (a large dataset's, in its Worker). */
  readonly searching?: boolean;
  readonly total: number;
  readonly onCountriesChange: (countries: string[]) => void;
  readonly onQueryChange: (query: string) => void;
  readonly onClear: () => void;
}

const MANY_GROUPS = 30;
// Past the first few, groups come a hundred at a time: "Show all" drew 10,000 checkboxes at once.
const MORE_GROUPS = 100;

/** Search and the country facets, with how many events they leave. */
export function FilterPanel(props: FilterPanelProps) {
  const { counts, countries, query, shown, total, onCountriesChange, onQueryChange, onClear } =
    props;
  const { groupCounts, groups, onGroupsChange } = props;
  const chosen = new Set(countries);
  const toggle = (code: string) =>
    onCountriesChange(
      chosen.has(code) ? countries.filter((c) => c !== code) : [...countries, code],
    );
  const chosenGroups = new Set(groups);
  // Groups are free text: a sheet may have thousands. The chosen ones always show.
  const groupListRef = useRef<HTMLUListElement>(null);
  const { limit, more } = useShownCount(MORE_GROUPS, "groups", groupListRef, MANY_GROUPS);
  const groupPlan = planShown(groupCounts.length, limit, MORE_GROUPS);
  const searchId = useId();
  const searchCap = useSearchCap(onQueryChange);
  const shownGroups =
    groupCounts.length <= limit
      ? groupCounts
      : groupCounts.filter((g, i) => i < limit || chosenGroups.has(g.group));
  const toggleGroup = (group: string) =>
    onGroupsChange(
      chosenGroups.has(group) ? groups.filter((g) => g !== group) : [...groups, group],
    );
  const { sourceCounts = [], sourceList = [], sources = [], onSourcesChange } = props;
  const filtering =
    countries.length > 0 || groups.length > 0 || sources.length > 0 || query.trim() !== "";
  return (
    <section className="filters" aria-label="Filters">
      <div className="filters__search">
        <label htmlFor={searchId}>Search events</label>
        <input
          id={searchId}
          type="search"
          value={query}
          placeholder="Words, names, quotes…"
          autoComplete="off"
          onChange={(event) => searchCap.change(event.target.value)}
          aria-describedby={`${searchId}-cap`}
        />
        <p id={`${searchId}-cap`} className="filters__note" role="status">
          {searchCap.cut ? SEARCH_CAP_NOTE : ""}
        </p>
      </div>
      {counts.length > 0 && (
        <fieldset className="facets">
          <legend>Countries</legend>
          <ul className="facets__list">
            {counts.map(({ code, count }) => (
              <Facet
                key={code}
                name={countryName(code) ?? code}
                count={count}
                checked={chosen.has(code)}
                onToggle={() => toggle(code)}
              />
            ))}
          </ul>
        </fieldset>
      )}
      {groupCounts.length > 0 && (
        <fieldset className="facets">
          <legend>Groups</legend>
          <ul className="facets__list" ref={groupListRef}>
            {shownGroups.map(({ group, count }) => (
              <Facet
                key={group}
                name={group}
                count={count}
                checked={chosenGroups.has(group)}
                onToggle={() => toggleGroup(group)}
              />
            ))}
          </ul>
          <ShowMoreButton plan={groupPlan} total={groupCounts.length} noun="groups" onMore={more} />
        </fieldset>
      )}
      {sourceCounts.length > 1 && onSourcesChange && (
        <SourceFacets
          counts={sourceCounts}
          sources={sourceList}
          chosen={sources}
          onChange={onSourcesChange}
        />
      )}
      <div className="filters__summary">
        <p role="status">
          {props.searching
            ? `Searching ${formatCount(total)} events…`
            : filtering
              ? `Showing ${formatCount(shown)} of ${formatCount(total)} events`
              : total === 1
                ? "1 event"
                : `All ${formatCount(total)} events`}
        </p>
        {filtering && (
          <button type="button" className="button button--small" onClick={onClear}>
            Clear filters
          </button>
        )}
      </div>
    </section>
  );
}
