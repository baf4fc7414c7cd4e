import {
  useCallback,
  useDeferredValue,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from "react";
import { isLocalData } from "../data/local-address";
import { isolate } from "../domain/bidi";
import { buildDatasetIndex } from "../domain/dataset-index";
import { keptSummaryOf } from "../domain/remote-summaries";
import { markComplete, markFirstPaint } from "./first-paint";
import { countryCounts, groupCounts, sourceCounts } from "../domain/filter";
import { sourceCountOf } from "../domain/event-sources";
import { sourceTitles } from "../domain/source-titles";
import { positionOf } from "../domain/navigation";
import type { Dataset, EventId, TimelineEvent } from "../domain/types";
import { LazyEventDetails } from "../features/details/LazyEventDetails";
import { StepControls } from "../features/details/StepControls";
import { FilterPanel } from "../features/filters/FilterPanel";
import { EventList } from "../features/list/EventList";
import { OpenFileButton } from "../features/files/OpenFileButton";
import { Timeline } from "../features/timeline/Timeline";
import { LazyDatasetWarnings } from "../ui/LazyDatasetWarnings";
import { EmptyState } from "../ui/EmptyState";
import { LazyNotices } from "../ui/LazyNotices";
import { PaneBoundary } from "../ui/PaneBoundary";
import { ArticleColumn, type ArticleSlot } from "./ArticleColumn";
import { DatasetOrigin } from "./DatasetOrigin";
// In the first script, not loaded beside the dataset: a press on a look-alike drawn while they
// loaded did nothing, and a reader's first click must never be lost.
import { CopyLinkButton } from "../features/share/CopyLinkButton";
import { ExportMenu } from "../features/share/ExportMenu";
import { PublishMenu } from "./publish/PublishMenu";
import { usePrintDocument } from "./print/use-print-document";
import type { ShownView } from "../domain/shown-view";
import { noticesWhileReading, resolveView, type View } from "./resolve-view";
import type { useUrlState } from "./use-url-state";
import { ZOOM_STEP } from "./model/view-transitions";
import { useCanonicalUrl, useViewActions } from "./use-view-actions";
import { useViewKeys } from "./use-view-keys";
import { sharedAddress } from "./published-site";
import { useDetailsNavigation } from "./use-details-navigation";
import { useSelectMade } from "./use-select-made";
import { useRemoteSearched, useWarmSearch } from "./use-warm-search";

interface ExplorerProps {
  readonly dataset: Dataset;
  readonly url: ReturnType<typeof useUrlState>;
  readonly datasetUrl: string;
  readonly onOpenFile: (file: File) => void;
  /** False for a file this browser would not keep: it is gone after a reload. */
  readonly kept: boolean;
  /**
   * The dataset is the events read so far of an export still streaming in: the link is not
   * rewritten, nor its events, countries or window called unknown, until the rest is read.
   */
  readonly reading?: boolean;
  /** What an editor puts into the explorer (a draft's forms); the explorer alone without. */
  readonly slots?: (controls: ExplorerControls) => ExplorerSlots;
}

/** What the explorer lets an editor do to the view. */
export interface ExplorerControls {
  readonly selected: TimelineEvent | undefined;
  /** Chooses an event (a history entry) and brings it into the window. */
  readonly select: (id: EventId) => void;
  /** Scrolls the article to the selected event's quotation and marks it. */
  readonly showInArticle: (quoteIndex: number) => void;
}

/**
 * The places an editor fills: each replaces or joins the explorer's own content there, so the
 * editor plugs in without the explorer knowing what a draft is.
 */
export interface ExplorerSlots {
  /** In place of the dataset's title and description. */
  readonly heading?: ReactNode;
  /** In place of the line saying which dataset is open. */
  readonly origin?: ReactNode;
  /** Before the header's Open file, Export and Copy link. */
  readonly actions?: ReactNode;
  /** In place of the Export menu (a draft with problems cannot be exported as valid). */
  readonly exportMenu?: ReactNode;
  /** Between the header and the timeline. */
  readonly banner?: ReactNode;
  /** In place of the selected event's details. */
  readonly details?: ReactNode;
  /** What the list says when the dataset has no events at all. */
  readonly noEvents?: ReactNode;
  readonly article?: ArticleSlot;
  /** Draws the panes in a layout of its own (the embed's), in place of the explorer's. */
  readonly layout?: (parts: ExplorerParts) => ReactNode;
}

/** The explorer's panes, drawn, for a layout of another shape (see ExplorerSlots.layout). */
export interface ExplorerParts {
  readonly title: ReactNode;
  readonly notices: ReactNode;
  readonly timeline: ReactNode;
  readonly details: ReactNode;
  readonly article: ReactNode;
  /** Counts the reader's requests to see a quotation in the article, so a closed one opens. */
  readonly articleAsked: number;
  readonly shown: ShownView;
  readonly select: (id: EventId) => void;
}

/** The explorer: every pane gets its slice of the view, and changes go back into the URL. */
export function Explorer(props: ExplorerProps) {
  const { dataset, url, datasetUrl, onOpenFile, kept, reading = false } = props;
  const { state, search, openedState, update } = url;
  // Everything derived from the dataset alone, once per dataset value.
  const index = useMemo(() => buildDatasetIndex(dataset), [dataset]);
  // A large dataset's search is answered by its Worker: the view is worked out again when an
  // answer comes (the index reads it from there, so the linter cannot see the dependency).
  const searched = useRemoteSearched(index);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const view = useMemo(() => resolveView(index, state), [index, state, searched]);
  // Notices describe the link as it was opened, which the canonical rewrite below tidies away;
  // none once another dataset was opened in the page, since the link was not meant for it.
  const notices = useMemo(() => {
    if (openedState.data !== state.data) return [];
    const { notices } = resolveView(index, openedState);
    return reading ? noticesWhileReading(notices) : notices;
  }, [index, openedState, state.data, reading]);
  const [dismissed, setDismissed] = useState<typeof notices>([]);
  // Another dataset opened in the page (a file, Back, Forward) is new content: reading starts at
  // its title, and focus is not left on a control that may have gone.
  const titleRef = useRef<HTMLHeadingElement>(null);
  // Keyed by address, not by value: a draft is a new value after every edit, and focus must
  // stay in the field being typed in.
  const shownDataset = useRef(datasetUrl);
  useEffect(() => {
    if (shownDataset.current === datasetUrl) return;
    shownDataset.current = datasetUrl;
    titleRef.current?.focus();
  }, [datasetUrl]);
  // The tab names the open dataset, so a reader with several open can tell them apart; isolated,
  // so a right-to-left override in the title cannot reverse " · Sourceline".
  useEffect(() => {
    document.title = `${isolate(dataset.title)} · Sourceline`;
  }, [dataset.title]);
  const urlWindow = state.window !== undefined;
  useCanonicalUrl(view, urlWindow, update, !reading);
  const actions = useViewActions(index, view, urlWindow, update);
  const { select } = actions;
  const { detailsRef, selectFromList, shownQuote, backToDetails, forgetShownQuote, ...navigation } =
    useDetailsNavigation(view.selected?.id, select);
  const askQuote = navigation.showInArticle;
  const { showSources } = actions;
  // A quotation shown from the details brings its source's tab forward, and keeps it there.
  // Stable while the selection is (the details and slots are handed it on every pan frame).
  const showInArticle = useCallback(
    (quoteIndex: number) => {
      askQuote(quoteIndex);
      const quote = view.selected?.quotes[quoteIndex];
      if (quote && view.selected && sourceCountOf(view.selected) > 1) {
        showSources(quote.sourceId, view.beside === quote.sourceId ? undefined : view.beside);
      }
    },
    [askQuote, view.selected, view.beside, showSources],
  );
  const chooseSources = useCallback(
    (article: string, beside?: string) => {
      forgetShownQuote();
      showSources(article, beside);
    },
    [forgetShownQuote, showSources],
  );
  const selectMade = useSelectMade(index, select);
  const slots = props.slots?.({ selected: view.selected, select: selectMade, showInArticle }) ?? {};
  useViewKeys(actions);
  useWarmSearch(index, !reading);
  // The benchmark's "ready": the first frame after the explorer is drawn and listening (on the
  // events read so far, for an export still streaming in), and "complete" once on all of them.
  useEffect(() => {
    requestAnimationFrame(() => performance.mark("sourceline:ready"));
    markFirstPaint();
  }, []);
  useEffect(() => {
    if (!reading) markComplete();
  }, [reading]);

  const { selected, filtered, window } = view;
  // The filters and their counts answer at once; the timeline, list and article, which redraw
  // up to 100,000 events, follow in a render React may interrupt, so typing never waits on them.
  // Never deferred across datasets: the old one's events must not show with the new one's.
  const current = useMemo(() => ({ dataset, events: filtered }), [dataset, filtered]);
  const deferred = useDeferredValue(current);
  const shownEvents = deferred.dataset === dataset ? deferred.events : filtered;
  // Worked out once per filter and kept by the index: the view is new on every pan frame.
  const counts = countryCounts(index, view.query, view.groups, view.sources);
  const groups = groupCounts(index, view.query, view.countries, view.sources);
  const sourceIds = useMemo(() => dataset.sources.map((source) => source.id), [dataset.sources]);
  const sources = sourceCounts(index, sourceIds, view);
  const position = useMemo(() => positionOf(filtered, selected?.id), [filtered, selected]);
  const hiddenByFilters = selected !== undefined && position === 0;
  const appUrl = `${location.origin}${location.pathname}${search ? `?${search}` : ""}`;
  // In a published site a shared event links to its own page, which previews as that event.
  const shareUrl = sharedAddress(appUrl, selected?.id);
  const clear = () => actions.filter({ countries: [], groups: [], sources: [], query: "" });
  const shown: ShownView = {
    dataset,
    data: state.data,
    events: filtered,
    window,
    selectedId: selected?.id,
    countries: view.countries,
    groups: view.groups,
    sources: view.sources,
    query: view.query,
    address: appUrl,
  };
  usePrintDocument(shown);

  const title = (
    <h1 className="app__title" ref={titleRef} tabIndex={-1}>
      {dataset.title}
    </h1>
  );
  const notesNode = (
    <>
      <LazyDatasetWarnings warnings={dataset.warnings} skipped={dataset.skipped} />
      {dismissed !== notices && (
        <LazyNotices notices={notices} onDismiss={() => setDismissed(notices)} />
      )}
    </>
  );
  const timelineNode = (
    <PaneBoundary name="The timeline" resetKey={dataset}>
      <Timeline
        events={shownEvents}
        overview={index.timeline}
        eras={dataset.eras}
        window={window}
        bounds={view.bounds}
        selectedId={selected?.id}
        onSelect={(id) => actions.select(id, false)}
        onZoom={(direction) => actions.zoom(direction === "in" ? 1 / ZOOM_STEP : ZOOM_STEP)}
        onWindowChange={actions.setWindow}
      />
    </PaneBoundary>
  );
  const detailsNode = (
    <PaneBoundary name="The event details" resetKey={dataset}>
      <div className="app__details" ref={detailsRef}>
        <StepControls position={position} total={filtered.length} onStep={actions.step} />
        {slots.details ??
          (selected ? (
            <LazyEventDetails
              event={selected}
              sources={dataset.sources}
              hiddenByFilters={hiddenByFilters}
              onShowInArticle={showInArticle}
              keptSummary={keptSummaryOf(dataset, selected)}
            />
          ) : (
            <p className="details__placeholder">
              {/* The embed has no list to choose from. */}
              Choose an event on the timeline{slots.layout ? "" : ", in the list"} or in the article
              to see its details and its quotations.
            </p>
          ))}
      </div>
    </PaneBoundary>
  );
  const articleNode = (
    <PaneBoundary name="The article" resetKey={dataset}>
      <ArticleColumn
        index={index}
        events={shownEvents}
        selected={selected}
        onSelect={actions.select}
        shownQuote={shownQuote?.eventId === selected?.id ? shownQuote : undefined}
        onBack={backToDetails}
        slot={slots.article}
        article={view.article}
        beside={view.beside}
        onShowSources={chooseSources}
      />
    </PaneBoundary>
  );
  if (slots.layout) {
    return slots.layout({
      title,
      notices: notesNode,
      timeline: timelineNode,
      details: detailsNode,
      article: articleNode,
      articleAsked: shownQuote?.serial ?? 0,
      shown,
      select: actions.select,
    });
  }

  return (
    <div className="app app--explorer">
      <header className="app__header">
        <div className="app__heading">
          <p className="app__brand">Sourceline</p>
          {slots.heading ?? (
            <>
              {title}
              {dataset.description && <p className="app__description">{dataset.description}</p>}
            </>
          )}
          {slots.origin ?? <DatasetOrigin dataset={dataset} datasetUrl={datasetUrl} kept={kept} />}
        </div>
        <div className="app__actions">
          {slots.actions}
          <OpenFileButton onFile={onOpenFile} />
          {slots.exportMenu ?? <ExportMenu dataset={dataset} events={filtered} window={window} />}
          <CopyLinkButton
            url={shareUrl}
            localFile={
              isLocalData(datasetUrl)
                ? { name: dataset.origin?.name ?? "this file", kept, events: dataset.events.length }
                : undefined
            }
            onExport={() =>
              import("../features/share/export-events").then(({ exportEvents }) =>
                exportEvents(dataset, dataset.events),
              )
            }
          />
          {/* A site made from some of the events would pass for all of them. */}
          {reading ? (
            <button
              type="button"
              className="button"
              disabled
              title="Publish once every event is read"
            >
              Publish
            </button>
          ) : (
            <PublishMenu shown={shown} />
          )}
        </div>
      </header>
      {slots.banner}
      {notesNode}
      {timelineNode}
      <main className="app__main">
        <PaneBoundary name="The filters and list" resetKey={dataset}>
          <aside className="app__sidebar">
            <FilterPanel
              counts={counts}
              countries={view.countries}
              groupCounts={groups}
              groups={view.groups}
              onGroupsChange={(groups) => actions.filter({ groups })}
              sourceCounts={sources}
              sourceList={dataset.sources}
              sources={view.sources}
              onSourcesChange={(sources) => actions.filter({ sources })}
              query={view.query}
              shown={filtered.length}
              searching={view.searching}
              total={dataset.events.length}
              onCountriesChange={(countries) => actions.filter({ countries })}
              onQueryChange={(query) => actions.filter({ query })}
              onClear={clear}
            />
            {dataset.events.length === 0 && slots.noEvents ? (
              <EmptyState>{slots.noEvents}</EmptyState>
            ) : filtered.length === 0 ? (
              <EmptyState>
                <p>No events match {describeFilters(dataset, view)}.</p>
                <button type="button" className="button button--small" onClick={clear}>
                  Clear filters
                </button>
              </EmptyState>
            ) : (
              <EventList events={shownEvents} selectedId={selected?.id} onSelect={selectFromList} />
            )}
          </aside>
        </PaneBoundary>
        {detailsNode}
        {articleNode}
      </main>
    </div>
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
