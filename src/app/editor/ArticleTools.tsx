import { useId } from "react";
import type { DraftSource } from "../../data/draft/draft-document";

/** What the article column is showing while a draft is edited. */
export type ArticleMode =
  | { readonly kind: "article" }
  | { readonly kind: "finding" }
  | { readonly kind: "adding-source" }
  | { readonly kind: "editing-source" };

interface ArticleToolsProps {
  readonly sources: readonly DraftSource[];
  readonly shownId: string | undefined;
  readonly mode: ArticleMode;
  readonly onShow: (sourceId: string) => void;
  readonly onMode: (mode: ArticleMode) => void;
}

/** Above the article while editing: which source, Find a passage, and adding or editing one. */
export function ArticleTools({ sources, shownId, mode, onShow, onMode }: ArticleToolsProps) {
  const selectId = useId();
  if (sources.length === 0) return null;
  const toggle = (kind: ArticleMode["kind"]) =>
    onMode(mode.kind === kind ? { kind: "article" } : ({ kind } as ArticleMode));
  return (
    <div className="article-tools" role="group" aria-label="Sources">
      {sources.length > 1 && (
        <span className="article-tools__source">
          <label htmlFor={selectId}>Source</label>{" "}
          <select id={selectId} value={shownId} onChange={(e) => onShow(e.target.value)}>
            {sources.map((source) => (
              <option key={source.id} value={source.id}>
                {source.title || source.publisher || "Untitled source"}
              </option>
            ))}
          </select>
        </span>
      )}
      <button
        type="button"
        className="button button--small"
        aria-pressed={mode.kind === "finding"}
        onClick={() => toggle("finding")}
      >
        Find a passage
      </button>
      <button
        type="button"
        className="button button--small"
        aria-pressed={mode.kind === "editing-source"}
        onClick={() => toggle("editing-source")}
      >
        Source details
      </button>
      <button
        type="button"
        className="button button--small"
        aria-pressed={mode.kind === "adding-source"}
        onClick={() => toggle("adding-source")}
      >
        Add a source
      </button>
    </div>
  );
}
