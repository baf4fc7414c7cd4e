import { useMemo, useRef } from "react";
import type { Quote, Source } from "../../domain/types";
import { planShown } from "../../ui/show-more";
import { ShowMoreButton } from "../../ui/ShowMoreButton";
import { useShownCount } from "../../ui/use-shown-count";
import { QuoteLinks } from "./QuoteLinks";
import { QuoteStatus } from "./QuoteStatus";

// An event may cite 50,000 passages; drawing them all took seconds. A hundred is a long read.
export const QUOTES_SHOWN = 100;

/** The event's quotations, each with its speaker and a link to the same words online. */
export function QuoteList({
  quotes,
  sources,
  onShowInArticle,
}: {
  quotes: readonly Quote[];
  sources: readonly Source[];
  /** Scrolls the article to a quotation's passage and marks it; absent where nothing can. */
  onShowInArticle?: (quoteIndex: number) => void;
}) {
  const listRef = useRef<HTMLOListElement>(null);
  const { limit, more } = useShownCount(QUOTES_SHOWN, quotes, listRef);
  const plan = planShown(quotes.length, limit, QUOTES_SHOWN);
  // Looked up once per source, not once per quotation across every source.
  const byId = useMemo(() => new Map(sources.map((source) => [source.id, source])), [sources]);
  // Several sources: their quotations grouped, each group under its source, in the order the
  // event first quotes them (each keeps its own number, which "Show in the article" asks for).
  const order = useMemo(() => groupedBySource(quotes), [quotes]);
  const told = order.groups;
  return (
    <section className="quotes" aria-label="Quotations">
      <h3 className="quotes__heading">
        {told > 1 ? "In the sources’ words" : "In the source’s words"}
      </h3>
      {told > 1 && <p className="quotes__sources">{told} sources</p>}
      <ol className="quotes__list" ref={listRef}>
        {order.indexes.slice(0, plan.shown).map((index, at) => {
          const quote = quotes[index] as Quote;
          const source = byId.get(quote.sourceId);
          const previous = order.indexes[at - 1];
          const opens =
            told > 1 && (at === 0 || quotes[previous ?? 0]?.sourceId !== quote.sourceId);
          return (
            <QuoteItem
              key={index}
              quote={quote}
              index={index}
              many={quotes.length > 1}
              source={source}
              heading={opens ? sourceHeading(source, quote.sourceId) : undefined}
              onShowInArticle={onShowInArticle}
            />
          );
        })}
      </ol>
      <ShowMoreButton plan={plan} total={quotes.length} noun="quotations" onMore={more} />
    </section>
  );
}

/** The quotations' positions, grouped by source in the order the event first quotes each. */
function groupedBySource(quotes: readonly Quote[]): { indexes: number[]; groups: number } {
  const groups = new Map<string, number[]>();
  quotes.forEach((quote, index) => {
    const group = groups.get(quote.sourceId);
    if (group) group.push(index);
    else groups.set(quote.sourceId, [index]);
  });
  return { indexes: [...groups.values()].flat(), groups: groups.size };
}

function sourceHeading(source: Source | undefined, id: string): string {
  return source ? `${source.publisher}: “${source.title}”` : id;
}

function QuoteItem({
  quote,
  index,
  many,
  source,
  heading,
  onShowInArticle,
}: {
  quote: Quote;
  index: number;
  many: boolean;
  source: Source | undefined;
  /** Where a source's group of quotations begins: its name. */
  heading?: string;
  onShowInArticle: ((quoteIndex: number) => void) | undefined;
}) {
  return (
    <li className="quote" tabIndex={-1}>
      {heading && (
        <h4 className="quote__source">
          <bdi>{heading}</bdi>
        </h4>
      )}
      {quote.missing && <QuoteStatus quote={quote} />}
      <blockquote className="quote__text">{quote.exact}</blockquote>
      {!quote.missing && <QuoteStatus quote={quote} />}
      {onShowInArticle && !quote.missing && source?.text && (
        <button
          type="button"
          className="button button--small quote__show"
          data-quote-index={index}
          aria-label={many ? `Show in the article (quotation ${index + 1})` : undefined}
          onClick={() => onShowInArticle(index)}
        >
          Show in the article
        </button>
      )}
      <p className="quote__meta">
        {"— "}
        {quote.speaker ? <bdi>{quote.speaker}</bdi> : "narration"}
        {source && (
          <span>
            , <bdi>{source.publisher || source.title}</bdi>
          </span>
        )}
        {source && <QuoteLinks quote={quote} source={source} index={index} />}
      </p>
    </li>
  );
}
