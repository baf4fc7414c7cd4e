import { useCallback, useMemo } from "react";
import type { Highlight } from "../domain/quote-segments";
import type { Dataset, EventId, TimelineEvent } from "../domain/types";
import { ArticlePane } from "../features/source/ArticlePane";

interface ArticleColumnProps {
  readonly dataset: Dataset;
  /** The shown events: their quotations are marked in the article. */
  readonly events: readonly TimelineEvent[];
  readonly selected: TimelineEvent | undefined;
  readonly onSelect: (id: EventId) => void;
}

/** The source of the selected event (or the first source), with the shown events' quotations marked. */
export function ArticleColumn({ dataset, events, selected, onSelect }: ArticleColumnProps) {
  const source =
    dataset.sources.find((s) => s.id === selected?.quotes[0]?.sourceId) ?? dataset.sources[0];
  const highlights = useMemo(() => {
    const shown = selected && !events.includes(selected) ? [...events, selected] : events;
    return shown.flatMap((event) =>
      event.quotes.flatMap((quote, quoteIndex): Highlight[] =>
        quote.sourceId === source?.id
          ? [{ start: quote.start, end: quote.end, eventId: event.id, quoteIndex }]
          : [],
      ),
    );
  }, [events, selected, source]);
  const titles = useMemo(
    () => new Map(dataset.events.map((event) => [event.id as string, event.title])),
    [dataset.events],
  );
  const titleOf = useCallback((id: string) => titles.get(id) ?? id, [titles]);
  if (!source) return null;
  return (
    <ArticlePane
      source={source}
      highlights={highlights}
      selectedId={selected?.id}
      titleOf={titleOf}
      onSelect={onSelect}
    />
  );
}
