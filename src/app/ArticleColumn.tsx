import { useCallback, useId, useMemo, type ReactNode } from "react";
import { compareEvents } from "../data/build-dataset";
import type { Highlight } from "../domain/quote-segments";
import { quotesOf, type DatasetIndex } from "../domain/dataset-index";
import type { EventId, TimelineEvent } from "../domain/types";
import { ArticlePane, type ArticlePaneProps } from "../features/source/ArticlePane";

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
}

/** The source of the selected event (or the first source), with the shown events' quotations marked. */
export function ArticleColumn(props: ArticleColumnProps) {
  const { index, events, selected, onSelect, shownQuote, onBack, slot } = props;
  const { dataset } = index;
  const titleId = useId();
  // The source of the quotation asked to be shown, else that of the event's first.
  const asked = shownQuote ? selected?.quotes[shownQuote.quoteIndex] : undefined;
  const source =
    dataset.sources.find((s) => s.id === (asked?.sourceId ?? slot?.sourceId)) ??
    dataset.sources.find((s) => s.id === selected?.quotes[0]?.sourceId) ??
    dataset.sources[0];
  const passage = useMemo(
    () =>
      asked && shownQuote && !asked.missing
        ? { start: asked.start, serial: shownQuote.serial }
        : undefined,
    [asked, shownQuote],
  );
  // Whether an event is shown, asked only of the few events quoting this source: a binary search
  // of the shown events (a subsequence of the dataset's, in its order), not a set of 100,000.
  const shown = useMemo(() => {
    if (events === dataset.events) return undefined;
    return {
      has(event: TimelineEvent): boolean {
        let low = 0;
        let high = events.length - 1;
        while (low <= high) {
          const mid = (low + high) >>> 1;
          const order = compareEvents(events[mid] as TimelineEvent, event);
          if (order === 0) return true;
          if (order < 0) low = mid + 1;
          else high = mid - 1;
        }
        return false;
      },
    };
  }, [events, dataset.events]);
  const highlights = useMemo(() => {
    if (!source) return [];
    // Only this source's quotes are looked at: a few, even in a dataset of 100,000 events.
    return quotesOf(index, source.id).flatMap(({ event, quoteIndex }): Highlight[] => {
      if (shown && !shown.has(event) && event !== selected) return [];
      const quote = event.quotes[quoteIndex];
      if (!quote || quote.missing) return [];
      const highlight = { start: quote.start, end: quote.end, eventId: event.id, quoteIndex };
      return [
        quote.anchoring?.status === "approximate" ? { ...highlight, approximate: true } : highlight,
      ];
    });
  }, [index, source, shown, selected]);
  // Only events quoting this source are named in it: a few titles, not 100,000.
  const titles = useMemo(
    () =>
      new Map(
        source
          ? quotesOf(index, source.id).map(({ event }) => [event.id as string, event.title])
          : [],
      ),
    [index, source],
  );
  const titleOf = useCallback((id: string) => titles.get(id) ?? id, [titles]);
  const pane = source && (
    <ArticlePane
      source={source}
      highlights={highlights}
      selectedId={selected?.id}
      titleOf={titleOf}
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
  return pane;
}
