import { useEffect, useMemo, useRef } from "react";
import { paragraphsOf, type Highlight } from "../../domain/quote-segments";
import type { EventId, Source } from "../../domain/types";
import { ArticleParagraph } from "./ArticleParagraph";

interface ArticlePaneProps {
  readonly source: Source;
  /** Every quote of the shown events in this source; the selected event's stand out. */
  readonly highlights: readonly Highlight[];
  readonly selectedId: EventId | undefined;
  readonly titleOf: (eventId: string) => string;
  readonly onSelect: (id: EventId) => void;
}

/** The article as published, its quotations marked; choosing a marked passage selects its event. */
export function ArticlePane({
  source,
  highlights,
  selectedId,
  titleOf,
  onSelect,
}: ArticlePaneProps) {
  const paragraphs = useMemo(() => paragraphsOf(source.text), [source.text]);
  const paneRef = useRef<HTMLDivElement>(null);

  // Bring the selected event's first quotation into the pane's view, not the page's.
  useEffect(() => {
    const pane = paneRef.current;
    if (!pane || !selectedId) return;
    const mark = pane.querySelector<HTMLElement>("mark.quote-mark--selected");
    if (!mark || pane.scrollHeight <= pane.clientHeight) return;
    const paneBox = pane.getBoundingClientRect();
    const markBox = mark.getBoundingClientRect();
    if (markBox.top >= paneBox.top && markBox.bottom <= paneBox.bottom) return;
    const reduce = window.matchMedia?.("(prefers-reduced-motion: reduce)").matches;
    pane.scrollTo({
      top: pane.scrollTop + markBox.top - paneBox.top - pane.clientHeight / 3,
      behavior: reduce ? "auto" : "smooth",
    });
  }, [selectedId, source.id]);

  const published = new Date(`${source.publishedAt}T00:00:00Z`);
  return (
    <section className="article" aria-labelledby="article-title">
      <header className="article__header">
        <p className="article__kicker">Source · {source.publisher}</p>
        <h2 id="article-title" className="article__title">
          {source.title}
        </h2>
        <p className="article__meta">
          Published{" "}
          <time dateTime={source.publishedAt}>
            {published.toLocaleDateString("en-GB", {
              day: "numeric",
              month: "long",
              year: "numeric",
              timeZone: "UTC",
            })}
          </time>
          {/^https?:\/\//.test(source.url) && (
            <>
              {" · "}
              <a href={source.url} target="_blank" rel="noopener noreferrer">
                Original article<span className="visually-hidden"> (new tab)</span>
              </a>
            </>
          )}
        </p>
      </header>
      <div
        className="article__body"
        ref={paneRef}
        role="region"
        tabIndex={0}
        aria-label="Article text"
      >
        {paragraphs.map((paragraph) => (
          <ArticleParagraph
            key={paragraph.start}
            text={source.text}
            paragraph={paragraph}
            highlights={highlights}
            selectedId={selectedId}
            titleOf={titleOf}
            onSelect={onSelect}
          />
        ))}
      </div>
    </section>
  );
}
