import {
  lazy,
  Suspense,
  useCallback,
  useDeferredValue,
  useMemo,
  useState,
  type ReactNode,
} from "react";
import type { Dataset } from "../domain/types";
import { DatasetError } from "../data/dataset-error";
import { datasetQueryOptions } from "../data/dataset-query";
import { FileDropZone } from "../features/files/FileDropZone";
import { LazyFileStatus } from "../features/files/LazyFileStatus";
import { OpenFileButton } from "../features/files/OpenFileButton";
import { ErrorState } from "../ui/ErrorState";
import { LoadingState } from "../ui/LoadingState";
import { CancelledNotice } from "./CancelledNotice";
import { DatasetProgress } from "./DatasetProgress";
import { Explorer, type ExplorerParts, type ExplorerSlots } from "./Explorer";
import { EMPTY_URL_STATE, parseUrlState, serializeUrlState } from "./url-state";
import { useCancelLoading } from "./use-cancel-loading";
import { useLoad } from "./use-load";
import type { LoadState } from "../data/load-store";
import { StillReading } from "./StillReading";
import { ReadingStopped } from "./ReadingStopped";
import { useOpenFile } from "./use-open-file";
import { useUrlState } from "./use-url-state";
import type { UrlStore } from "./url-store";
import { formatCount } from "../domain/count";
import { isDraftData } from "../data/draft/draft-address";
import { MakeButtons } from "./MakeButtons";
import { dataTooLongText } from "./refusal-notices";
import { fullAppAddress } from "./embed/full-app-address";
import { defaultDatasetUrl } from "./published-site";

// The editor loads when a draft is opened: the page that only shows a timeline never pays for it.
const DraftApp = lazy(() => import("./editor/DraftApp"));
// Embed mode's layout and frame messages load only with embed=1, as one chunk.
const embedMode = () => import("./embed/EmbedLayout");
const EmbedLayout = lazy(embedMode);
const FrameHeight = lazy(() => embedMode().then((mode) => ({ default: mode.FrameHeight })));
const embedSlots = (): ExplorerSlots => ({
  layout: (parts: ExplorerParts) => (
    <Suspense fallback={<LoadingState label="Loading the timeline…" />}>
      <EmbedLayout parts={parts} />
    </Suspense>
  ),
});

/** Loads the dataset the URL names (or the built-in one) and shows it, or says what went wrong. */
export function App({ store }: { store: UrlStore }) {
  const url = useUrlState(store);
  const datasetUrl = url.state.data ?? defaultDatasetUrl();
  const draft = isDraftData(datasetUrl);
  const load = useMemo(() => datasetQueryOptions(datasetUrl), [datasetUrl]);
  const { state: loaded, refetch } = useLoad(load, !draft);
  // A dataset that has just loaded is first drawn in React's background render, which yields to
  // the browser every few milliseconds: drawing 100,000 events would otherwise hold the page for
  // a quarter of a second in one task. Every other change shows at once.
  // So is a large export's whole set of events, over the part of it shown while it was read.
  const deferred = useDeferredValue(loaded);
  const drawing =
    deferred.status === "pending" &&
    shownData(loaded) !== undefined &&
    shownData(loaded) !== shownData(deferred);
  const query = drawing ? deferred : loaded;
  // The events read so far of an export still streaming in, or of one whose reading failed
  // partway (never in an embed, whose readers have no word that more are coming).
  const soFar = query.status !== "success" && !url.state.embed ? query.partial : undefined;
  const [unkept, setUnkept] = useState<ReadonlySet<string>>(new Set());
  const [announcement, setAnnouncement] = useState("");
  // A new dataset starts afresh: no event, filters or window carried over from the last one.
  const onOpened = useCallback(
    (data: string, kept: boolean, dataset: Dataset) => {
      if (!kept) setUnkept((set) => new Set(set).add(data));
      setAnnouncement(describeOpened(dataset));
      const { extra } = parseUrlState(store.getSnapshot());
      store.set(serializeUrlState({ ...EMPTY_URL_STATE, extra, data }), "push");
    },
    [store],
  );
  const file = useOpenFile(onOpened);
  // A draft opens as a new view of its own, like a file: nothing carried over but unknown parameters.
  const openDraft = useCallback(
    (data: string) => {
      const { extra } = parseUrlState(store.getSnapshot());
      store.set(serializeUrlState({ ...EMPTY_URL_STATE, extra, data }), "push");
    },
    [store],
  );
  const openFile = url.state.embed ? undefined : file.open;
  const loading = useCancelLoading(store, datasetUrl, url.search, query.status === "success");
  // An embed has no file controls; it tells its host page how tall it is instead, whatever it shows.
  const fileUi = url.state.embed ? (
    <Suspense fallback={null}>
      <FrameHeight />
    </Suspense>
  ) : (
    <>
      {loading.cancelled && (
        <CancelledNotice
          cancelled={loading.cancelled}
          onReopen={loading.reopen}
          onDismiss={loading.dismiss}
        />
      )}
      {/* Always there, so what it says is announced; text mounted with a region often is not. */}
      <p className="visually-hidden" role="status">
        {file.state.status === "reading" ? `Opening ${file.state.name}…` : announcement}
      </p>
      <FileDropZone onFile={file.open} />
      <LazyFileStatus state={file.state} onDismiss={file.dismiss} onCancel={file.cancel}>
        {query.status === "success" && <p>The timeline you had open is unchanged.</p>}
      </LazyFileStatus>
    </>
  );

  // A dataset address too long to open: say so, and show no other dataset in its place, so the
  // link is not rewritten into one that has lost what it asked for.
  const longData = url.state.refused?.find(
    (r) => r.parameter === "data" && r.reason === "too-long",
  );
  if (longData && !url.state.data) {
    return (
      <main className="app app--error">
        {fileUi}
        <ErrorState title="This dataset cannot be shown" message={dataTooLongText(longData.count)}>
          <WaysOut builtIn onFile={openFile} />
        </ErrorState>
      </main>
    );
  }
  // A draft lives in the browser that made it: embedded in a page, it would show its readers
  // nothing. Its author is sent to the full app, where it can be published.
  if (draft && url.state.embed) {
    return (
      <main className="app app--error">
        {fileUi}
        <ErrorState
          title="A draft cannot be embedded"
          message="This draft is kept only in the browser that made it, so a page that embeds it would show its readers nothing. Publish it or export it as a file, and embed the published copy."
        >
          <p>
            <a href={fullAppAddress(location.href)} target="_blank" rel="noopener">
              Open the draft in Sourceline
              <span className="visually-hidden"> (opens in a new tab)</span>
            </a>
          </p>
        </ErrorState>
      </main>
    );
  }
  if (draft) {
    return (
      <Suspense fallback={<LoadingState label="Opening the editor…" />}>
        <DraftApp
          url={url}
          datasetUrl={datasetUrl}
          onOpenFile={file.open}
          onOpenDraft={openDraft}
          fileUi={fileUi}
          waysOut={<WaysOut builtIn onFile={openFile} />}
        />
      </Suspense>
    );
  }
  // A load waits while the browser is offline and resumes on reconnection (see load-store).
  if (query.status === "pending" && query.paused) {
    return (
      <main className="app app--error">
        {fileUi}
        <ErrorState
          title="Waiting for the network"
          message={`You are offline, so ${datasetUrl} cannot be loaded yet. It will load as soon as the connection is back.`}
          onRetry={refetch}
        />
      </main>
    );
  }
  if (query.status === "pending" && !soFar) {
    return (
      <>
        {fileUi}
        <LoadingState
          label={drawing ? "Drawing the timeline…" : "Loading the timeline…"}
          detail={<DatasetProgress url={datasetUrl} />}
          // A link's dataset can be left for the view before it (or the built-in timeline).
          onCancel={url.state.data ? loading.cancel : undefined}
        />
      </>
    );
  }
  if (query.status === "error" && !soFar) {
    const error = query.error;
    const refused = error instanceof DatasetError;
    return (
      <main className="app app--error">
        {fileUi}
        <ErrorState
          title={refused ? "This dataset cannot be shown" : "The timeline could not be loaded"}
          message={error.message}
          problems={refused ? error.problems : []}
          // A refusal (invalid data, wrong format, too large) would be the same again: no Retry.
          onRetry={refused ? undefined : refetch}
        >
          <WaysOut builtIn={Boolean(url.state.data)} onFile={openFile} />
        </ErrorState>
      </main>
    );
  }
  const dataset = query.status === "success" ? query.data : soFar;
  if (!dataset) return null;
  return (
    <>
      {fileUi}
      <Explorer
        dataset={dataset}
        url={url}
        datasetUrl={datasetUrl}
        onOpenFile={file.open}
        kept={!unkept.has(datasetUrl)}
        reading={soFar !== undefined}
        slots={
          url.state.embed
            ? embedSlots
            : soFar
              ? () =>
                  readingSlots(
                    <MakeButtons dataset={soFar} onOpenDraft={openDraft} partial />,
                    query.status === "error" ? (
                      <ReadingStopped
                        events={soFar.events.length}
                        error={query.error}
                        onRetry={refetch}
                      />
                    ) : (
                      <StillReading
                        url={datasetUrl}
                        events={soFar.events.length}
                        onCancel={url.state.data ? loading.cancel : undefined}
                      />
                    ),
                  )
              : () => ({ actions: <MakeButtons dataset={dataset} onOpenDraft={openDraft} /> })
        }
      />
    </>
  );
}

/** A load's dataset so far: its value, or the part of it read while the rest comes. */
function shownData<T>(state: LoadState<T>): T | undefined {
  return state.status === "success" ? state.data : state.partial;
}

/**
 * The explorer's parts while only some of the events are read: word of it over the timeline,
 * and nothing made or exported from a part that would pass for the whole.
 */
function readingSlots(actions: ReactNode, banner: ReactNode): ExplorerSlots {
  return {
    actions,
    banner,
    exportMenu: (
      <button type="button" className="button" disabled title="Export once every event is read">
        Export
      </button>
    ),
  };
}

/**
 * Where a reader can go from a dataset that cannot be shown: the built-in one, or a file. An
 * embed (no `onFile`) offers no file and stays an embed.
 */
function WaysOut({ builtIn, onFile }: { builtIn: boolean; onFile?: (file: File) => void }) {
  return (
    <>
      {builtIn && (
        <p>
          <a href={onFile ? "?" : "?embed=1"}>Open the built-in timeline instead</a>
        </p>
      )}
      {onFile && (
        <p>
          Or open a dataset from your computer: <OpenFileButton onFile={onFile} />
        </p>
      )}
    </>
  );
}

function describeOpened(dataset: Dataset): string {
  const events = dataset.events.length;
  const skipped = dataset.skipped ?? 0;
  return `Opened ${dataset.origin?.name ?? dataset.title}: ${formatCount(events)} ${
    events === 1 ? "event" : "events"
  }${skipped > 0 ? `, ${formatCount(skipped)} left out` : ""}.`;
}
