import type { ReactNode } from "react";
import { isLocalData } from "../data/local-address";
import type { ShownView } from "../domain/shown-view";
import { OpenFileButton } from "../features/files/OpenFileButton";
// In the first script, not loaded beside the dataset: a press on a look-alike drawn while they
// loaded did nothing, and a reader's first click must never be lost.
import { CopyLinkButton } from "../features/share/CopyLinkButton";
import { ExportMenu } from "../features/share/ExportMenu";
import { PublishMenu } from "./publish/PublishMenu";

interface ExplorerHeaderProps {
  /** The dataset's title and description, or what an editor puts there. */
  readonly heading: ReactNode;
  /** Which dataset is open, or what an editor puts there. */
  readonly origin: ReactNode;
  /** Before Open file (the ways into making a timeline, or a draft's). */
  readonly actions?: ReactNode;
  /** In place of the Export menu. */
  readonly exportMenu?: ReactNode;
  readonly shown: ShownView;
  readonly datasetUrl: string;
  /** The address Copy link copies. */
  readonly shareUrl: string;
  /** False for a file this browser would not keep. */
  readonly kept: boolean;
  /** Only some of the events are read: nothing is published from them. */
  readonly reading: boolean;
  readonly onOpenFile: (file: File) => void;
}

/** The explorer's header: what is open, and what can be done with it (open, export, share, publish). */
export function ExplorerHeader({
  heading,
  origin,
  actions,
  exportMenu,
  shown,
  datasetUrl,
  shareUrl,
  kept,
  reading,
  onOpenFile,
}: ExplorerHeaderProps) {
  const { dataset } = shown;
  return (
    <header className="app__header">
      <div className="app__heading">
        <p className="app__brand">Sourceline</p>
        {heading}
        {origin}
      </div>
      <div className="app__actions">
        {actions}
        <OpenFileButton onFile={onOpenFile} />
        {exportMenu ?? <ExportMenu dataset={dataset} events={shown.events} window={shown.window} />}
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
  );
}
