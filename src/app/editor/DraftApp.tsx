import { useMemo, type ReactNode } from "react";
import { draftIdOf } from "../../data/draft/draft-address";
import { ErrorState } from "../../ui/ErrorState";
import { LoadingState } from "../../ui/LoadingState";
import { useLoad } from "../use-load";
import type { useUrlState } from "../use-url-state";
import { DraftExplorer } from "./DraftExplorer";
import { openDraftStore } from "./draft-registry";

interface DraftAppProps {
  readonly url: ReturnType<typeof useUrlState>;
  readonly datasetUrl: string;
  readonly onOpenFile: (file: File) => void;
  readonly onOpenDraft: (data: string) => void;
  /** The page's file controls (drop zone, status), shown on every state as on the explorer's. */
  readonly fileUi: ReactNode;
  /** The ways out of a draft that cannot be opened (the built-in timeline, a file). */
  readonly waysOut: ReactNode;
}

/** A draft named by `data=draft:<id>`: read from this tab or this browser, then edited. */
export default function DraftApp(props: DraftAppProps) {
  const { url, datasetUrl, onOpenFile, onOpenDraft, fileUi, waysOut } = props;
  const id = draftIdOf(datasetUrl);
  const load = useMemo(
    () => ({
      key: `draft ${id}`,
      load: async () => (id ? ((await openDraftStore(id)) ?? null) : null),
      keep: true,
    }),
    [id],
  );
  const { state: query, refetch } = useLoad(load);
  if (query.status === "pending") {
    return (
      <>
        {fileUi}
        <LoadingState label="Opening your draft…" />
      </>
    );
  }
  if (query.status === "error" || !query.data) {
    const failed = query.status === "error" ? query.error : undefined;
    return (
      <main className="app app--error">
        {fileUi}
        <ErrorState
          title="This draft cannot be opened"
          message={
            failed
              ? `This browser’s storage could not give the draft back: ${failed.message}`
              : "This browser keeps no draft by this link’s name. Drafts are kept only in the browser they were made in, until deleted there; if someone sent you the link, ask them to export the draft (Export → Sourceline JSON) and send you the file."
          }
          onRetry={failed ? refetch : undefined}
        >
          {waysOut}
        </ErrorState>
      </main>
    );
  }
  return (
    <>
      {fileUi}
      <DraftExplorer
        store={query.data}
        url={url}
        datasetUrl={datasetUrl}
        onOpenFile={onOpenFile}
        onOpenDraft={onOpenDraft}
      />
    </>
  );
}
