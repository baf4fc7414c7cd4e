import { useId, useMemo, type ReactNode } from "react";
import type { DatasetIndex } from "../domain/dataset-index";
import type { EventId, Source, TimelineEvent } from "../domain/types";
import type { ArticlePaneProps } from "../features/source/ArticlePane";
import { SourceTabs, type SourceTab } from "../features/source/SourceTabs";
import { SourceArticle } from "./SourceArticle";
import "./article-sources.css";

/** A quotation of the selected event to show in its article (see EventDetails). */
export interface QuoteRequest {
  readonly quoteIndex: number;
  readonly serial: number;
}

/** The words a reader selected in the article, as offsets into its source's text. */
export interface TextSelection {
  readonly start: number;
  readonly end: number;
  readonly rect: {
    readonly top: number;
    readonly left: number;
    readonly bottom: number;
    readonly right: number;
  };
}

/** What an editor adds to the article column (see ExplorerSlots). */
export interface ArticleSlot {
  /** The source to show, in place of the selected event's. */
  readonly sourceId?: string;
  readonly onTextSelected?: (selection: TextSelection | undefined) => void;
  /** What reads the selection for it (SelectionWatcher), loaded with the editor. */
  readonly selectionWatcher?: ArticlePaneProps["selectionWatcher"];
  /** Above the article (a source switcher, Find a passage). */
  readonly before?: ReactNode;
  /** After it (the selection toolbar). */
  readonly after?: ReactNode;
  /** In place of the article (a source being added or edited). */
  readonly instead?: ReactNode;
}

interface ArticleColumnProps {
  readonly index: DatasetIndex;
  /** The shown events: their quotations are marked in the article. */
  readonly events: readonly TimelineEvent[];
  readonly selected: TimelineEvent | undefined;
  readonly onSelect: (id: EventId) => void;
  readonly shownQuote?: QuoteRequest;
  readonly onBack?: () => void;
  readonly slot?: ArticleSlot;
  /** The source the link asks to show (`article=`), and one beside it (`beside=`). */
  readonly article?: string;
  readonly beside?: string;
  /** Shows another source, or two side by side (see SourceTabs). */
  readonly onShowSources?: (article: string, beside?: string) => void;
}

/**
 * The source of the selected event (or the first source), with the shown events' quotations
 * marked; for an event quoting several, a tab per source, and two texts side by side.
 */
export function ArticleColumn(props: ArticleColumnProps) {
  const { index, events, selected, onSelect, shownQuote, onBack, slot } = props;
  const { dataset } = index;
  const titleId = useId();
  const panelId = useId();
  const tabs = useMemo(() => sourceTabsOf(dataset.sources, selected), [dataset.sources, selected]);
  const ofEvent = (id: string | undefined) => tabs.some((tab) => tab.id === id);
  // The source of the quotation asked to be shown; else the one the link names, if the event
  // quotes it (or no event is chosen); else that of the event's first quotation.
  const asked = shownQuote ? selected?.quotes[shownQuote.quoteIndex] : undefined;
  const linked = props.article !== undefined && (!selected || ofEvent(props.article));
  const shownId =
    asked?.sourceId ??
    slot?.sourceId ??
    (linked ? props.article : undefined) ??
    selected?.quotes[0]?.sourceId;
  const source = dataset.sources.find((s) => s.id === shownId) ?? dataset.sources[0];
  const passage = useMemo(
    () =>
      asked && shownQuote && !asked.missing
        ? { start: asked.start, serial: shownQuote.serial }
        : undefined,
    [asked, shownQuote],
  );
  // Side by side: the source the link names beside this one, if the event quotes it too.
  const besideId = props.beside !== source?.id && ofEvent(props.beside) ? props.beside : undefined;
  const beside = dataset.sources.find((s) => s.id === besideId);
  const several = !slot && tabs.length > 1 && source !== undefined && ofEvent(source.id);
  const pane = source && (
    <SourceArticle
      key={source.id}
      id={several ? panelId : undefined}
      textLabel={beside ? `Article text, ${source.publisher}` : undefined}
      index={index}
      source={source}
      events={events}
      selected={selected}
      onSelect={onSelect}
      passage={passage}
      onBack={onBack}
      onTextSelected={slot?.onTextSelected}
      selectionWatcher={slot?.selectionWatcher}
    />
  );
  if (slot?.instead || slot?.before || slot?.after) {
    return (
      <div className="article-column">
        {slot.before}
        {slot.instead ?? pane}
        {slot.after}
      </div>
    );
  }
  if (!pane) {
    return (
      <section className="article" aria-labelledby={titleId}>
        <h2 id={titleId} className="article__title">
          Source texts
        </h2>
        <p className="article__none">
          This dataset attaches no source texts, so there are no quotations to read here. Each event
          shows what it cites instead.
        </p>
      </section>
    );
  }
  if (!several || !source) return pane;
  const show = props.onShowSources;
  // Beside the shown source: the one the link names, else the event's next.
  const next = tabs.find((tab) => tab.id !== source.id)?.id ?? source.id;
  return (
    <div className={`article-sources${beside ? " article-sources--beside" : ""}`}>
      <div className="article-sources__bar">
        <SourceTabs
          tabs={tabs}
          chosen={source.id}
          panelId={panelId}
          onChoose={(id) => show?.(id, id === besideId ? source.id : besideId)}
        />
        <button
          type="button"
          className="button button--small"
          aria-pressed={beside !== undefined}
          onClick={() => show?.(source.id, beside ? undefined : next)}
        >
          Side by side
        </button>
      </div>
      <div className="article-sources__panes">
        {pane}
        {beside && (
          <SourceArticle
            key={beside.id}
            textLabel={`Article text, ${beside.publisher}`}
            index={index}
            source={beside}
            events={events}
            selected={selected}
            onSelect={onSelect}
          />
        )}
      </div>
    </div>
  );
}

/** The selected event's sources, in the order it first quotes them, with its quotations in each. */
function sourceTabsOf(
  sources: readonly Source[],
  selected: TimelineEvent | undefined,
): readonly SourceTab[] {
  if (!selected || selected.quotes.length < 2) return [];
  const counts = new Map<string, number>();
  for (const quote of selected.quotes)
    counts.set(quote.sourceId, (counts.get(quote.sourceId) ?? 0) + 1);
  return [...counts].flatMap(([id, quotations]) => {
    const source = sources.find((s) => s.id === id);
    return source ? [{ id, publisher: source.publisher, title: source.title, quotations }] : [];
  });
}
