import { useCallback, useMemo } from "react";
import { BUILT_IN_DATASET_URL } from "../data/dataset-query";
import { countryCounts } from "../domain/filter";
import { eventSpan } from "../domain/layout";
import { positionOf, stepEvent, type Step } from "../domain/navigation";
import type { Highlight } from "../domain/quote-segments";
import type { Dataset, EventId, TimeWindow } from "../domain/types";
import { revealInWindow } from "../domain/zoom";
import { EventDetails } from "../features/details/EventDetails";
import { StepControls } from "../features/details/StepControls";
import { FilterPanel } from "../features/filters/FilterPanel";
import { EventList } from "../features/list/EventList";
import { CopyLinkButton } from "../features/share/CopyLinkButton";
import { ArticlePane } from "../features/source/ArticlePane";
import { Timeline } from "../features/timeline/Timeline";
import { EmptyState } from "../ui/EmptyState";
import { Notices } from "../ui/Notices";
import { boundsForDataset, resolveView } from "./resolve-view";
import type { UrlState } from "./url-state";
import type { useUrlState } from "./use-url-state";
import { useStepKeys } from "./use-step-keys";

interface ExplorerProps {
  readonly dataset: Dataset;
  readonly url: ReturnType<typeof useUrlState>;
  readonly datasetUrl: string;
}

/** The explorer: every pane gets its slice of the view, and changes go back into the URL. */
export function Explorer({ dataset, url, datasetUrl }: ExplorerProps) {
  const { state, search, update, ignored } = url;
  const bounds = useMemo(() => boundsForDataset(dataset), [dataset]);
  const view = useMemo(
    () => resolveView(dataset, state, bounds, ignored),
    [dataset, state, bounds, ignored],
  );
  const { selected, filtered, window } = view;

  // Every change starts from the resolved view, so what the link could not use is dropped.
  const change = useCallback(
    (next: Partial<UrlState>) =>
      update({ event: view.selected?.id, countries: view.countries, ignored: [], ...next }),
    [update, view.selected, view.countries],
  );
  const select = useCallback(
    (id: EventId) => {
      const event = dataset.events.find((e) => e.id === id);
      if (!event) return;
      const span = eventSpan(event);
      const revealed = revealInWindow(window, span.start, span.end, bounds);
      change({ event: id, ...(revealed !== window || state.window ? { window: revealed } : {}) });
    },
    [dataset.events, window, bounds, change, state.window],
  );
  const step = useCallback(
    (to: Step) => {
      const target = stepEvent(filtered, selected?.id, to);
      if (target) select(target.id);
    },
    [filtered, selected, select],
  );
  useStepKeys(step);

  const counts = useMemo(
    () => countryCounts(dataset.events, view.query),
    [dataset.events, view.query],
  );
  const shownIds = useMemo(() => new Set(filtered.map((event) => event.id)), [filtered]);
  const highlights = useMemo(
    () =>
      filtered.flatMap((event) =>
        event.quotes.map((quote, quoteIndex): Highlight => ({
          start: quote.start,
          end: quote.end,
          eventId: event.id,
          quoteIndex,
        })),
      ),
    [filtered],
  );
  const titles = useMemo(
    () => new Map(dataset.events.map((e) => [e.id as string, e.title])),
    [dataset.events],
  );
  const titleOf = useCallback((id: string) => titles.get(id) ?? id, [titles]);
  const source =
    dataset.sources.find((s) => s.id === selected?.quotes[0]?.sourceId) ?? dataset.sources[0];
  const shareUrl = `${location.origin}${location.pathname}${search ? `?${search}` : ""}`;
  const clear = () => change({ countries: [], query: "" });

  return (
    <div className="app">
      <header className="app__header">
        <div>
          <p className="app__brand">Sourceline</p>
          <h1 className="app__title">{dataset.title}</h1>
          {datasetUrl !== BUILT_IN_DATASET_URL && (
            <p className="app__dataset">Dataset: {datasetUrl}</p>
          )}
        </div>
        <CopyLinkButton url={shareUrl} />
      </header>
      <Notices notices={view.notices} />
      <Timeline
        events={filtered}
        allEvents={dataset.events}
        window={window}
        bounds={bounds}
        selectedId={selected?.id}
        onSelect={select}
        onStep={step}
        onWindowChange={(next: TimeWindow) => change({ window: next })}
      />
      <main className="app__main">
        <aside className="app__sidebar">
          <FilterPanel
            counts={counts}
            countries={view.countries}
            query={view.query}
            shown={filtered.length}
            total={dataset.events.length}
            onCountriesChange={(countries) => change({ countries })}
            onQueryChange={(query) => change({ query })}
            onClear={clear}
          />
          {filtered.length === 0 ? (
            <EmptyState>
              <p>No events match {describeFilters(view.countries, view.query)}.</p>
              <button type="button" className="button button--small" onClick={clear}>
                Clear filters
              </button>
            </EmptyState>
          ) : (
            <EventList events={filtered} selectedId={selected?.id} onSelect={select} />
          )}
        </aside>
        <div className="app__details">
          <StepControls
            position={positionOf(filtered, selected?.id)}
            total={filtered.length}
            onStep={step}
          />
          {selected ? (
            <EventDetails
              event={selected}
              sources={dataset.sources}
              hiddenByFilters={!shownIds.has(selected.id)}
            />
          ) : (
            <p className="details__placeholder">
              Choose an event on the timeline, in the list or in the article to see its details and
              its quotations.
            </p>
          )}
        </div>
        {source && (
          <ArticlePane
            source={source}
            highlights={highlights}
            selectedId={selected?.id}
            titleOf={titleOf}
            onSelect={select}
          />
        )}
      </main>
    </div>
  );
}

function describeFilters(countries: readonly string[], query: string): string {
  const parts = [];
  if (countries.length > 0) parts.push(`the countries ${countries.join(", ")}`);
  if (query.trim()) parts.push(`the search “${query.trim()}”`);
  return parts.join(" and ");
}
