import { textFragmentUrl } from "../../domain/text-fragment";
import type { Quote, Source } from "../../domain/types";

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
  return (
    <section className="quotes" aria-label="Quotations">
      <h3 className="quotes__heading">In the source’s words</h3>
      <ol className="quotes__list">
        {quotes.map((quote, index) => {
          const source = sources.find((s) => s.id === quote.sourceId);
          const online =
            source && /^https?:\/\//.test(source.url)
              ? textFragmentUrl(source.url, quote.exact)
              : undefined;
          return (
            <li key={index} className="quote">
              {quote.missing && (
                <p className="quote__missing">
                  Not found in the source: these words are not in the saved text, so nothing is
                  highlighted for them.
                </p>
              )}
              <blockquote className="quote__text">{quote.exact}</blockquote>
              {onShowInArticle && !quote.missing && source?.text && (
                <button
                  type="button"
                  className="button button--small quote__show"
                  data-quote-index={index}
                  aria-label={
                    quotes.length > 1 ? `Show in the article (quotation ${index + 1})` : undefined
                  }
                  onClick={() => onShowInArticle(index)}
                >
                  Show in the article
                </button>
              )}
              <p className="quote__meta">
                {quote.speaker ? `— ${quote.speaker}` : "— narration"}
                {source && <span>, {source.publisher || source.title}</span>}
                {online && (
                  <>
                    {" · "}
                    <a href={online} target="_blank" rel="noopener noreferrer">
                      Open in the original article
                      <span className="visually-hidden"> (quotation {index + 1}, new tab)</span>
                    </a>
                  </>
                )}
              </p>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
