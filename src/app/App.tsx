import { useQuery } from "@tanstack/react-query";
import { BUILT_IN_DATASET_URL, datasetQueryOptions } from "../data/dataset-query";
import { ErrorState } from "../ui/ErrorState";
import { LoadingState } from "../ui/LoadingState";
import { Explorer } from "./Explorer";
import { useUrlState } from "./use-url-state";
import type { UrlStore } from "./url-store";

/** Loads the dataset the URL names (or the built-in one) and shows it, or says what went wrong. */
export function App({ store }: { store: UrlStore }) {
  const url = useUrlState(store);
  const datasetUrl = url.state.data ?? BUILT_IN_DATASET_URL;
  const query = useQuery(datasetQueryOptions(datasetUrl));

  // React Query holds a fetch while the browser is offline and resumes it on reconnection.
  if (query.isPending && query.fetchStatus === "paused") {
    return (
      <main className="app app--error">
        <ErrorState
          title="Waiting for the network"
          message={`You are offline, so ${datasetUrl} cannot be loaded yet. It will load as soon as the connection is back.`}
          onRetry={() => void query.refetch()}
        />
      </main>
    );
  }
  if (query.isPending) return <LoadingState label="Loading the timeline…" />;
  if (query.isError) {
    const error = query.error;
    const problems =
      "problems" in error && Array.isArray(error.problems) ? (error.problems as string[]) : [];
    return (
      <main className="app app--error">
        <ErrorState
          title={
            error.name === "DatasetError"
              ? "This dataset cannot be shown"
              : "The timeline could not be loaded"
          }
          message={error.message}
          problems={problems}
          onRetry={() => void query.refetch()}
        >
          {url.state.data && (
            <p>
              <a href="?">Open the built-in timeline instead</a>
            </p>
          )}
        </ErrorState>
      </main>
    );
  }
  return <Explorer dataset={query.data} url={url} datasetUrl={datasetUrl} />;
}
