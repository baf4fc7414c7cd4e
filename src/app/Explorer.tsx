import { useCallback, useDeferredValue, useMemo, useState } from "react";
import { keptSummaryOf } from "../domain/remote-summaries";
import { sourceCountOf } from "../domain/event-sources";
import { positionOf } from "../domain/navigation";
import type { Dataset } from "../domain/types";
import { LazyEventDetails } from "../features/details/LazyEventDetails";
import { StepControls } from "../features/details/StepControls";
import { Timeline } from "../features/timeline/Timeline";
import { LazyDatasetWarnings } from "../ui/LazyDatasetWarnings";
import { LazyNotices } from "../ui/LazyNotices";
import { PaneBoundary } from "../ui/PaneBoundary";
import { ArticleColumn } from "./ArticleColumn";
import { DatasetOrigin } from "./DatasetOrigin";
import { ExplorerHeader } from "./ExplorerHeader";
import { ExplorerSidebar } from "./ExplorerSidebar";
import type { ExplorerControls, ExplorerSlots } from "./explorer-slots";
import { usePrintDocument } from "./print/use-print-document";
import type { ShownView } from "../domain/shown-view";
import type { useUrlState } from "./use-url-state";
import { ZOOM_STEP } from "./model/view-transitions";
import { sharedAddress } from "./published-site";
import { useDetailsNavigation } from "./use-details-navigation";
import { useSelectMade } from "./use-select-made";
import { useExplorerView } from "./use-explorer-view";
import { useDatasetTitle } from "./use-dataset-title";

export type { ExplorerControls, ExplorerParts, ExplorerSlots } from "./explorer-slots";

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

/** The explorer: every pane gets its slice of the view, and changes go back into the URL. */
export function Explorer(props: ExplorerProps) {
  const { dataset, url, datasetUrl, onOpenFile, kept, reading = false } = props;
  const { state, search } = url;
  const { index, view, notices, actions } = useExplorerView(dataset, url, reading);
  const [dismissed, setDismissed] = useState<typeof notices>([]);
  const titleRef = useDatasetTitle(dataset.title, datasetUrl);
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

  const { selected, filtered, window } = view;
  // The filters and their counts answer at once; the timeline, list and article, which redraw
  // up to 100,000 events, follow in a render React may interrupt, so typing never waits on them.
  // Never deferred across datasets: the old one's events must not show with the new one's.
  const current = useMemo(() => ({ dataset, events: filtered }), [dataset, filtered]);
  const deferred = useDeferredValue(current);
  const shownEvents = deferred.dataset === dataset ? deferred.events : filtered;
  const position = useMemo(() => positionOf(filtered, selected?.id), [filtered, selected]);
  const hiddenByFilters = selected !== undefined && position === 0;
  const appUrl = `${location.origin}${location.pathname}${search ? `?${search}` : ""}`;
  // In a published site a shared event links to its own page, which previews as that event.
  const shareUrl = sharedAddress(appUrl, selected?.id);
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
      <ExplorerHeader
        heading={
          slots.heading ?? (
            <>
              {title}
              {dataset.description && <p className="app__description">{dataset.description}</p>}
            </>
          )
        }
        origin={
          slots.origin ?? <DatasetOrigin dataset={dataset} datasetUrl={datasetUrl} kept={kept} />
        }
        actions={slots.actions}
        exportMenu={slots.exportMenu}
        shown={shown}
        datasetUrl={datasetUrl}
        shareUrl={shareUrl}
        kept={kept}
        reading={reading}
        onOpenFile={onOpenFile}
      />
      {slots.banner}
      {notesNode}
      {timelineNode}
      <main className="app__main">
        <PaneBoundary name="The filters and list" resetKey={dataset}>
          <ExplorerSidebar
            index={index}
            view={view}
            shownEvents={shownEvents}
            noEvents={slots.noEvents}
            filter={actions.filter}
            onSelect={selectFromList}
          />
        </PaneBoundary>
        {detailsNode}
        {articleNode}
      </main>
    </div>
  );
}
