import { useCallback, useId, useState } from "react";
import { formatCount } from "../../domain/count";
import type { ShownView } from "../../domain/shown-view";
import { sourceTitles } from "../../domain/source-titles";
import { FrameSelection } from "../../features/embed/FrameSelection";
import type { ExplorerParts } from "../Explorer";
import { fullAppAddress } from "./full-app-address";
import "./embed.css";

// Loaded with this layout (one chunk for embed mode): the host needs the frame's height even
// while the dataset loads or fails.
export { default as FrameHeight } from "../../features/embed/FrameHeight";

/**
 * The explorer as a host page's iframe shows it: title, timeline, the selected event and its
 * article, in one column whose height is its content's (the host sizes the frame to it). No
 * file, editing or publishing controls; "Open in Sourceline" leads to the full app.
 */
export default function EmbedLayout({ parts }: { readonly parts: ExplorerParts }) {
  const { shown, select } = parts;
  const articleId = useId();
  // Closed at first, so the embed stays short in the host's article; "Show in the article"
  // opens it, so a quotation's place in its source is always one press away.
  const [articleOpen, setArticleOpen] = useState(false);
  const [asked, setAsked] = useState(parts.articleAsked);
  if (asked !== parts.articleAsked) {
    setAsked(parts.articleAsked);
    setArticleOpen(true);
  }
  const { events } = shown.dataset;
  const hasEvent = useCallback((id: string) => events.some((event) => event.id === id), [events]);
  const sources = shown.sources ?? [];
  const filtered =
    shown.countries.length > 0 ||
    shown.groups.length > 0 ||
    sources.length > 0 ||
    shown.query.trim();
  return (
    <div className="app app--embed">
      <header className="embed__header">
        {parts.title}
        <a
          className="embed__open"
          href={fullAppAddress(shown.address)}
          target="_blank"
          rel="noopener"
        >
          Open in Sourceline<span className="visually-hidden"> (opens in a new tab)</span>
        </a>
      </header>
      {filtered && (
        <p className="embed__filters">
          Showing {formatCount(shown.events.length)} of {formatCount(events.length)} events
          {describeFilters(shown)}.
        </p>
      )}
      {parts.notices}
      {parts.timeline}
      <div className={`embed__main${articleOpen ? " embed__main--article" : ""}`}>
        {parts.details}
        <div className="embed__article">
          <button
            type="button"
            className="button button--small embed__article-toggle"
            aria-expanded={articleOpen}
            aria-controls={articleId}
            onClick={() => setArticleOpen((open) => !open)}
          >
            {articleOpen ? "Hide the article" : "Show the article"}
          </button>
          {/* Mounted only when open, so it scrolls to the selected quotation as it appears. */}
          <div id={articleId}>{articleOpen && parts.article}</div>
        </div>
      </div>
      <FrameSelection selectedId={shown.selectedId} hasEvent={hasEvent} onSelect={select} />
    </div>
  );
}

function describeFilters({ dataset, countries, groups, sources = [], query }: ShownView): string {
  const parts: string[] = [];
  if (countries.length > 0) parts.push(`in ${countries.join(", ")}`);
  if (groups.length > 0) parts.push(`in the groups ${groups.map((g) => `“${g}”`).join(", ")}`);
  if (sources.length > 0) parts.push(`quoting ${sourceTitles(dataset, sources)}`);
  if (query.trim()) parts.push(`matching “${query.trim()}”`);
  return parts.length > 0 ? `, ${parts.join(", ")}` : "";
}
