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
  return (
    <section className="quotes" aria-label="Quotations">
      <h3 className="quotes__heading">In the source’s words</h3>
      <ol className="quotes__list" ref={listRef}>
        {quotes.slice(0, plan.shown).map((quote, index) => (
          <QuoteItem
            key={index}
            quote={quote}
            index={index}
            many={quotes.length > 1}
            source={byId.get(quote.sourceId)}
            onShowInArticle={onShowInArticle}
          />
        ))}
      </ol>
      <ShowMoreButton plan={plan} total={quotes.length} noun="quotations" onMore={more} />
    </section>
  );
}

function QuoteItem({
  quote,
  index,
  many,
  source,
  onShowInArticle,
}: {
  quote: Quote;
  index: number;
  many: boolean;
  source: Source | undefined;
  onShowInArticle: ((quoteIndex: number) => void) | undefined;
}) {
  return (
    <li className="quote" tabIndex={-1}>
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
