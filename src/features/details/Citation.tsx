import type { Citation as CitationData } from "../../domain/types";

/**
 * What an imported event cites (its media and credit) when no source text is attached: a
 * pointer a reader can follow, plainly not a verified quotation.
 */
export function Citation({ citation }: { citation: CitationData | undefined }) {
  return (
    <section className="quotes" aria-label="Source">
      <h3 className="quotes__heading">Source</h3>
      <p className="quotes__none">
        No source text attached: nothing here is checked against the words of a source.
      </p>
      {citation && (
        <p className="citation">
          Cited: {citation.title && <bdi className="citation__title">{citation.title}</bdi>}
          {citation.title && citation.credit && " · "}
          {citation.credit && <bdi className="citation__credit">{citation.credit}</bdi>}
          {citation.url && (
            <>
              {citation.title || citation.credit ? " · " : ""}
              <a href={citation.url} target="_blank" rel="noopener noreferrer">
                {hostOf(citation.url)}
                <span className="visually-hidden"> (cited source, new tab)</span>
              </a>
            </>
          )}
        </p>
      )}
    </section>
  );
}

function hostOf(url: string): string {
  try {
    return new URL(url).host || url;
  } catch {
    return url;
  }
}
