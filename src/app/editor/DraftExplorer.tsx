import { lazy, Suspense, useCallback, useState } from "react";
import { countQuotesOf } from "../../data/draft/apply-edit";
import type { DraftEdit, DraftSource } from "../../data/draft/draft-document";
import type { DraftStore } from "../../data/draft/draft-store";
import { newSourceId } from "../../data/draft/new-draft";
import { readSourceFile } from "../../data/source-file/read-source-file";
import { normalizeSourceText } from "../../data/source-file/source-text";
import type { EventId } from "../../domain/types";
import { DraftDetailsForm } from "../../features/editor/DraftDetailsForm";
import { FindPassage } from "../../features/editor/FindPassage";
import { SelectionToolbar } from "../../features/editor/SelectionToolbar";
import { SourceForm } from "../../features/editor/SourceForm";
import { useDraft } from "../../features/editor/use-draft";
import { SelectionWatcher } from "../../features/source/SelectionWatcher";
import type { TextSelection } from "../ArticleColumn";
import { Explorer, type ExplorerControls, type ExplorerSlots } from "../Explorer";
import type { useUrlState } from "../use-url-state";
import { ArticleTools, type ArticleMode } from "./ArticleTools";
import { DraftBanner } from "./DraftBanner";
import { DraftDetails } from "./DraftDetails";
import { DraftExport } from "./DraftExport";
import { EditorBar, SaveStatus } from "./EditorBar";
import { quoteFrom, eventFromQuote, type ChosenWords } from "./event-from-quote";
import { useUndoKeys } from "./use-undo-keys";
import "./draft-explorer.css";

const YourTimelines = lazy(() => import("./YourTimelines"));

interface DraftExplorerProps {
  readonly store: DraftStore;
  readonly url: ReturnType<typeof useUrlState>;
  readonly datasetUrl: string;
  readonly onOpenFile: (file: File) => void;
  readonly onOpenDraft: (data: string) => void;
}

/** The explorer on a draft, with the editor's forms in its slots; Preview takes them away. */
export function DraftExplorer({
  store,
  url,
  datasetUrl,
  onOpenFile,
  onOpenDraft,
}: DraftExplorerProps) {
  const snapshot = useDraft(store);
  const { document, view } = snapshot;
  const [preview, setPreview] = useState(false);
  const [listing, setListing] = useState(false);
  const [mode, setMode] = useState<ArticleMode>({ kind: "article" });
  const [shownSourceId, setShownSourceId] = useState<string>();
  const [selection, setSelection] = useState<TextSelection>();
  const [madeId, setMadeId] = useState<string>();
  const edit = useCallback(
    (change: DraftEdit, coalesce?: string) => store.apply(change, { coalesce }),
    [store],
  );
  const undo = useCallback(() => store.undo(), [store]);
  const redo = useCallback(() => store.redo(), [store]);
  useUndoKeys(undo, redo, !preview);

  const shownSource =
    document.sources.find((source) => source.id === shownSourceId) ?? document.sources[0];
  const addSource = (source: Omit<DraftSource, "id">) => {
    const id = newSourceId(document, source);
    edit({ type: "add-source", source: { ...source, id, text: normalizeSourceText(source.text) } });
    setShownSourceId(id);
    setMode({ kind: "article" });
  };

  // Called by the explorer as it renders, with what it lets the editor do.
  const slots = (controls: ExplorerControls): ExplorerSlots => {
    const selectedIndex = document.events.findIndex((e) => e.id === controls.selected?.id);
    const selectedEvent = document.events[selectedIndex];
    const makeEvent = (words: ChosenWords, source: DraftSource) => {
      const quote = quoteFrom(source, words);
      if (!quote) return;
      const event = eventFromQuote(document, quote);
      edit({ type: "add-event", event });
      setMadeId(event.id);
      setSelection(undefined);
      setMode({ kind: "article" });
      controls.select(event.id as EventId);
    };
    const addQuote = (words: ChosenWords, source: DraftSource) => {
      const quote = quoteFrom(source, words);
      if (!quote || !selectedEvent) return;
      edit({ type: "add-quote", eventId: selectedEvent.id, quote });
      setSelection(undefined);
    };
    if (preview) {
      return {
        origin: (
          <p className="app__dataset editor-preview" role="status">
            Preview: the timeline as its readers will see it.{" "}
            <button
              type="button"
              className="button button--small"
              onClick={() => setPreview(false)}
            >
              Back to editing
            </button>
          </p>
        ),
        exportMenu: view.problems.length > 0 ? <DraftExport snapshot={snapshot} /> : undefined,
      };
    }
    return {
      heading: (
        <DraftDetailsForm
          title={document.title}
          description={document.description}
          problems={view.problems}
          onEdit={edit}
        />
      ),
      origin: <SaveStatus snapshot={snapshot} onRetry={() => store.retrySave()} />,
      actions: (
        <EditorBar
          snapshot={snapshot}
          onUndo={undo}
          onRedo={redo}
          onPreview={() => setPreview(true)}
          onList={() => setListing(true)}
        />
      ),
      exportMenu: view.problems.length > 0 ? <DraftExport snapshot={snapshot} /> : undefined,
      banner: (
        <>
          <DraftBanner snapshot={snapshot} onRetry={() => store.retrySave()} />
          {listing && (
            <Suspense fallback={null}>
              <YourTimelines onOpenDraft={onOpenDraft} onClose={() => setListing(false)} />
            </Suspense>
          )}
        </>
      ),
      noEvents: (
        <p>
          No events yet.{" "}
          {document.sources.length === 0
            ? "Add a source, then select words in it to make the first event."
            : "Select words in the article, or use “Find a passage”, to make the first event."}
        </p>
      ),
      details: (
        <DraftDetails
          document={document}
          problems={view.problems}
          event={selectedEvent}
          eventIndex={selectedIndex}
          onEdit={edit}
          onShowQuote={controls.showInArticle}
          madeId={madeId}
          onFind={shownSource ? () => setMode({ kind: "finding" }) : undefined}
        />
      ),
      article: {
        sourceId: shownSource?.id,
        onTextSelected: setSelection,
        selectionWatcher: SelectionWatcher,
        before: (
          <>
            <ArticleTools
              sources={document.sources}
              shownId={shownSource?.id}
              mode={mode}
              onShow={setShownSourceId}
              onMode={setMode}
            />
            {mode.kind === "finding" && shownSource && (
              <FindPassage
                text={shownSource.text}
                sourceTitle={shownSource.title || "this source"}
                selectedEventTitle={selectedEvent?.title}
                onChoose={(match, action) =>
                  action === "new-event"
                    ? makeEvent(match, shownSource)
                    : addQuote(match, shownSource)
                }
                onClose={() => setMode({ kind: "article" })}
              />
            )}
          </>
        ),
        instead:
          document.sources.length === 0 || mode.kind === "adding-source" ? (
            <SourceForm
              mode="add"
              problems={[]}
              readFile={readSourceFile}
              onAdd={addSource}
              onEdit={edit}
              onCancel={() => setMode({ kind: "article" })}
            />
          ) : mode.kind === "editing-source" && shownSource ? (
            <SourceForm
              mode="edit"
              source={shownSource}
              problems={view.problems.filter((p) =>
                p.path.startsWith(`sources[${document.sources.indexOf(shownSource)}]`),
              )}
              readFile={readSourceFile}
              onAdd={addSource}
              onEdit={edit}
              quoteCount={countQuotesOf(document, shownSource.id)}
              onDelete={() => {
                edit({ type: "delete-source", sourceId: shownSource.id });
                setMode({ kind: "article" });
              }}
              onCancel={() => setMode({ kind: "article" })}
            />
          ) : undefined,
        after:
          selection && shownSource ? (
            <SelectionToolbar
              rect={selection.rect}
              excerpt={shownSource.text.slice(selection.start, selection.end)}
              selectedEventTitle={selectedEvent?.title}
              onNewEvent={() => makeEvent(selection, shownSource)}
              onAddToEvent={selectedEvent ? () => addQuote(selection, shownSource) : undefined}
              onDismiss={() => setSelection(undefined)}
            />
          ) : undefined,
      },
    };
  };
  return (
    <Explorer
      dataset={view.dataset}
      url={url}
      datasetUrl={datasetUrl}
      onOpenFile={onOpenFile}
      kept={snapshot.save.status !== "failed"}
      slots={slots}
    />
  );
}
