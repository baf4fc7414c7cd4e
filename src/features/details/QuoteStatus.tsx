import { quoteStatus, quoteStatusLabel, shownChanges } from "../../domain/quote-status";
import type { Quote } from "../../domain/types";

/**
 * Where the quotation stands in the source's text, in words: exact, moved, approximate (with the
 * differing characters struck out and added, each said in words as well as drawn) or not found.
 */
export function QuoteStatus({ quote }: { quote: Quote }) {
  const status = quoteStatus(quote);
  if (status === "missing") {
    return (
      <p className="quote__missing">
        Not found in the source: these words are not in the saved text, so nothing is highlighted
        for them.
      </p>
    );
  }
  const { anchoring } = quote;
  return (
    <div className={`quote__status quote__status--${status}`}>
      <p className="quote__status-label">{quoteStatusLabel(quote)}</p>
      {anchoring?.status === "approximate" && (
        <p className="quote__changes">
          <span className="visually-hidden">The source now reads: </span>
          {shownChanges(anchoring.changes).map((change, index) =>
            change.kind === "same" ? (
              <span key={index}>{change.text}</span>
            ) : change.kind === "removed" ? (
              <del key={index}>
                <span className="visually-hidden">[quoted as: </span>
                {change.text}
                <span className="visually-hidden">]</span>
              </del>
            ) : (
              <ins key={index}>
                <span className="visually-hidden">[now: </span>
                {change.text}
                <span className="visually-hidden">]</span>
              </ins>
            ),
          )}
        </p>
      )}
    </div>
  );
}
