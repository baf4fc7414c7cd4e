import { countryName } from "../../domain/countries";
import type { CountryCount } from "../../domain/filter";

interface FilterPanelProps {
  readonly counts: readonly CountryCount[];
  readonly countries: readonly string[];
  readonly query: string;
  readonly shown: number;
  readonly total: number;
  readonly onCountriesChange: (countries: string[]) => void;
  readonly onQueryChange: (query: string) => void;
  readonly onClear: () => void;
}

/** Search and the country facets, with how many events they leave. */
export function FilterPanel(props: FilterPanelProps) {
  const { counts, countries, query, shown, total, onCountriesChange, onQueryChange, onClear } =
    props;
  const chosen = new Set(countries);
  const toggle = (code: string) =>
    onCountriesChange(
      chosen.has(code) ? countries.filter((c) => c !== code) : [...countries, code],
    );
  const filtering = countries.length > 0 || query.trim() !== "";
  return (
    <section className="filters" aria-label="Filters">
      <div className="filters__search">
        <label htmlFor="search">Search events</label>
        <input
          id="search"
          type="search"
          value={query}
          placeholder="Words, names, quotes…"
          autoComplete="off"
          onChange={(event) => onQueryChange(event.target.value)}
        />
      </div>
      <fieldset className="facets">
        <legend>Countries</legend>
        <ul className="facets__list">
          {counts.map(({ code, count }) => {
            const name = countryName(code) ?? code;
            return (
              <li key={code}>
                <label className={count === 0 ? "facet facet--empty" : "facet"}>
                  <input type="checkbox" checked={chosen.has(code)} onChange={() => toggle(code)} />
                  <span className="facet__name">{name}</span>
                  <span className="facet__count" aria-label={`${count} events`}>
                    {count}
                  </span>
                </label>
              </li>
            );
          })}
        </ul>
      </fieldset>
      <div className="filters__summary">
        <p role="status">
          {filtering ? `Showing ${shown} of ${total} events` : `All ${total} events`}
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
