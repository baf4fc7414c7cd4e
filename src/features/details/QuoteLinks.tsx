import { rawCaptureUrl } from "../../domain/archive-capture";
import { textFragmentUrl, withTextContext } from "../../domain/text-fragment";
import type { Quote, Source } from "../../domain/types";
import { archivedCopyLabel } from "../../ui/archive-date";
import { LinkHost } from "../../ui/LinkHost";

const HTTP = /^https?:\/\//;

/**
 * Links that open the source at this quotation, its words highlighted by a text fragment: in
 * the original page, and in the archived copy when there is one (for when the page changed).
 */
export function QuoteLinks({
  quote,
  source,
  index,
}: {
  quote: Quote;
  source: Source;
  index: number;
}) {
  const words = source.text ? withTextContext(source.text, quote) : quote;
  const original = HTTP.test(source.url) ? textFragmentUrl(source.url, words) : undefined;
  const archive =
    source.archiveUrl && HTTP.test(source.archiveUrl)
      ? textFragmentUrl(rawCaptureUrl(source.archiveUrl), words)
      : undefined;
  const copy = archivedCopyLabel(source.archivedAt).replace(/^Archived/, "archived");
  return (
    <>
      {original && (
        <span className="quote__open">
          <a href={original} target="_blank" rel="noopener noreferrer">
            Open at this quote in the original article
            <LinkHost url={original} />
            <span className="visually-hidden"> (quotation {index + 1}, new tab)</span>
          </a>
        </span>
      )}
      {archive && (
        <span className="quote__open">
          <a href={archive} target="_blank" rel="noopener noreferrer">
            Open at this quote in the {copy}
            <LinkHost url={archive} />
            <span className="visually-hidden"> (quotation {index + 1}, new tab)</span>
          </a>
        </span>
      )}
    </>
  );
}
