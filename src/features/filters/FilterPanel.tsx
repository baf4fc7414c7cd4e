import { useId, useState } from "react";
import { countryName } from "../../domain/countries";
import type { CountryCount, GroupCount } from "../../domain/filter";
import { formatCount } from "../../domain/count";
import { SEARCH_CAP_NOTE, useSearchCap } from "./use-search-cap";

interface FilterPanelProps {
  readonly counts: readonly CountryCount[];
  readonly countries: readonly string[];
  readonly groupCounts: readonly GroupCount[];
  readonly groups: readonly string[];
  readonly onGroupsChange: (groups: string[]) => void;
  readonly query: string;
  readonly shown: number;
  readonly total: number;
  readonly onCountriesChange: (countries: string[]) => void;
  readonly onQueryChange: (query: string) => void;
  readonly onClear: () => void;
}

const MANY_GROUPS = 30;

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
  const [allGroups, setAllGroups] = useState(false);
  const searchId = useId();
  const searchCap = useSearchCap(onQueryChange);
  const shownGroups =
    allGroups || groupCounts.length <= MANY_GROUPS
      ? groupCounts
      : groupCounts.filter((g, i) => i < MANY_GROUPS || chosenGroups.has(g.group));
  const toggleGroup = (group: string) =>
    onGroupsChange(
      chosenGroups.has(group) ? groups.filter((g) => g !== group) : [...groups, group],
    );
  const filtering = countries.length > 0 || groups.length > 0 || query.trim() !== "";
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
          <ul className="facets__list">
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
          {groupCounts.length > shownGroups.length && (
            <button
              type="button"
              className="button button--small"
              onClick={() => setAllGroups(true)}
            >
              Show all {formatCount(groupCounts.length)} groups
            </button>
          )}
        </fieldset>
      )}
      <div className="filters__summary">
        <p role="status">
          {filtering
            ? `Showing ${formatCount(shown)} of ${formatCount(total)} events`
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

function Facet(props: { name: string; count: number; checked: boolean; onToggle: () => void }) {
  const { name, count, checked, onToggle } = props;
  return (
    <li>
      <label className={count === 0 ? "facet facet--empty" : "facet"}>
        <input type="checkbox" checked={checked} onChange={onToggle} />
        <span className="facet__name">{name}</span>{" "}
        <span className="facet__count" aria-label={`${formatCount(count)} events`}>
          {formatCount(count)}
        </span>
      </label>
    </li>
  );
}
