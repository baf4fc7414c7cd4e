import { useCallback, useMemo } from "react";
import { compareEvents } from "../domain/event-order";
import { quotesOf, type DatasetIndex } from "../domain/dataset-index";
import type { Highlight } from "../domain/quote-segments";
import type { EventId, Source, TimelineEvent } from "../domain/types";
import {
  ArticlePane,
  type ArticlePaneProps,
  type PassageRequest,
} from "../features/source/ArticlePane";

export interface SourceArticleProps {
  readonly index: DatasetIndex;
  readonly source: Source;
  /** The shown events: their quotations in this source are marked. */
  readonly events: readonly TimelineEvent[];
  readonly selected: TimelineEvent | undefined;
  readonly onSelect: (id: EventId) => void;
  readonly passage?: PassageRequest;
  readonly onBack?: () => void;
  readonly onTextSelected?: ArticlePaneProps["onTextSelected"];
  readonly selectionWatcher?: ArticlePaneProps["selectionWatcher"];
  readonly id?: string;
  readonly textLabel?: string;
}

/** One source's text with the shown events' quotations in it marked. */
export function SourceArticle(props: SourceArticleProps) {
  const { index, source, events, selected } = props;
  const { dataset } = index;
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
  const highlights = useMemo(
    // Only this source's quotes are looked at: a few, even in a dataset of 100,000 events.
    () =>
      quotesOf(index, source.id).flatMap(({ event, quoteIndex }): Highlight[] => {
        if (shown && !shown.has(event) && event !== selected) return [];
        const quote = event.quotes[quoteIndex];
        if (!quote || quote.missing) return [];
        const highlight = { start: quote.start, end: quote.end, eventId: event.id, quoteIndex };
        // An approximate match is marked in a style of its own, never as the exact words.
        return [
          quote.anchoring?.status === "approximate"
            ? { ...highlight, approximate: true }
            : highlight,
        ];
      }),
    [index, source, shown, selected],
  );
  // Only events quoting this source are named in it: a few titles, not 100,000.
  const titles = useMemo(
    () => new Map(quotesOf(index, source.id).map(({ event }) => [event.id as string, event.title])),
    [index, source],
  );
  const titleOf = useCallback((id: string) => titles.get(id) ?? id, [titles]);
  return (
    <ArticlePane
      id={props.id}
      textLabel={props.textLabel}
      source={source}
      highlights={highlights}
      selectedId={selected?.id}
      titleOf={titleOf}
      onSelect={props.onSelect}
      passage={props.passage}
      onBack={props.onBack}
      onTextSelected={props.onTextSelected}
      selectionWatcher={props.selectionWatcher}
    />
  );
}
