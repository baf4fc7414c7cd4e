import { useEffect, useId, useMemo, useRef, type ComponentType, type RefObject } from "react";
import { highlightsByParagraph, paragraphsOf, type Highlight } from "../../domain/quote-segments";
import type { EventId, Source } from "../../domain/types";
import { ArchivedCopyLink } from "../../ui/ArchivedCopyLink";
import { LinkHost } from "../../ui/LinkHost";
import { ArticleParagraph } from "./ArticleParagraph";
import { paneScrollTarget } from "./pane-scroll";
import type { TextSelection } from "./use-text-selection";

export type { TextSelection } from "./use-text-selection";

export interface ArticlePaneProps {
  readonly source: Source;
  /** The section's id (a tab panel's, where tabs switch the source). */
  readonly id?: string;
  /** The text's name ("Article text"; with two side by side, each says whose it is). */
  readonly textLabel?: string;
  /** Every quote of the shown events in this source; the selected event's stand out. */
  readonly highlights: readonly Highlight[];
  readonly selectedId: EventId | undefined;
  readonly titleOf: (eventId: string) => string;
  readonly onSelect: (id: EventId) => void;
  /** A passage to scroll on screen and mark (asked for again with a new `serial`). */
  readonly passage?: PassageRequest;
  /** Returns the reader from a shown passage to the event's details. */
  readonly onBack?: () => void;
  /** Told the raw offsets and screen box of words selected in the article (undefined: none). */
  readonly onTextSelected?: (selection: TextSelection | undefined) => void;
  /**
   * What reads the reader's selection for `onTextSelected` (SelectionWatcher): passed in with
   * it, so that the page that only shows a timeline never loads the code.
   */
  readonly selectionWatcher?: ComponentType<SelectionWatcherProps>;
}

/** What a selection watcher is given: the pane whose text is selected, and whom to tell. */
export interface SelectionWatcherProps {
  readonly root: RefObject<HTMLElement | null>;
  readonly onTextSelected: (selection: TextSelection | undefined) => void;
}

/** "Show this passage": the offset of its first character in the source text. */
export interface PassageRequest {
  readonly start: number;
  readonly serial: number;
}

/** The article as published, its quotations marked; choosing a marked passage selects its event. */
export function ArticlePane({
  id,
  textLabel = "Article text",
  source,
  highlights,
  selectedId,
  titleOf,
  onSelect,
  passage,
  onBack,
  onTextSelected,
  selectionWatcher: SelectionWatcher,
}: ArticlePaneProps) {
  const paragraphs = useMemo(() => paragraphsOf(source.text), [source.text]);
  const paragraphHighlights = useMemo(
    () => highlightsByParagraph(paragraphs, highlights),
    [paragraphs, highlights],
  );
  const paneRef = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const positioned = useRef(false);
  /** The top a smooth scroll of the pane is still heading for. */
  const gliding = useRef<number | undefined>(undefined);

  // Bring the selected event's first quotation into the pane's view, not the page's.
  useEffect(() => {
    const pane = paneRef.current;
    if (!pane || !selectedId) return;
    const mark = pane.querySelector<HTMLElement>("mark.quote-mark--selected");
    if (!mark || pane.scrollHeight <= pane.clientHeight) return;
    const paneBox = pane.getBoundingClientRect();
    const markBox = mark.getBoundingClientRect();
    const passageBox = { top: pane.scrollTop + markBox.top - paneBox.top, height: markBox.height };
    const target = paneScrollTarget(pane, passageBox, gliding.current);
    if (target === undefined) return;
    // A link opened at an event shows its passage at once; later choices glide to theirs.
    const first = !positioned.current;
    positioned.current = true;
    const reduce = window.matchMedia?.("(prefers-reduced-motion: reduce)").matches;
    const smooth = !reduce && !first;
    gliding.current = smooth ? target : undefined;
    pane.scrollTo({ top: target, behavior: smooth ? "smooth" : "auto" });
  }, [selectedId, source.id]);

  // A glide is over when the pane stops (or the reader takes over the scrolling).
  useEffect(() => {
    const pane = paneRef.current;
    if (!pane) return;
    const settled = () => (gliding.current = undefined);
    pane.addEventListener("scrollend", settled);
    pane.addEventListener("wheel", settled, { passive: true });
    pane.addEventListener("touchstart", settled, { passive: true });
    return () => {
      pane.removeEventListener("scrollend", settled);
      pane.removeEventListener("wheel", settled);
      pane.removeEventListener("touchstart", settled);
    };
  }, []);

  // A passage asked for from the details: on screen (the page scrolls on a phone, the pane on a
  // desktop), focused, and marked for a moment so the eye finds it.
  useEffect(() => {
    const pane = paneRef.current;
    if (!pane || !passage) return;
    const link = passageAt(pane, passage.start);
    if (!link) return;
    const reduce = window.matchMedia?.("(prefers-reduced-motion: reduce)").matches;
    link.scrollIntoView?.({ block: "center", behavior: reduce ? "auto" : "smooth" });
    link.focus({ preventScroll: true });
    link.classList.add("quote-link--shown");
    const done = setTimeout(() => link.classList.remove("quote-link--shown"), 2500);
    return () => clearTimeout(done);
  }, [passage]);

  const announcement = useMemo(
    () => announce(source.text, highlights, selectedId, titleOf),
    [source.text, highlights, selectedId, titleOf],
  );
  const published = new Date(`${source.publishedAt}T00:00:00Z`);
  return (
    <section className="article" aria-labelledby={titleId} id={id}>
      <header className="article__header">
        <p className="article__kicker">
          Source · <bdi>{source.publisher}</bdi>
        </p>
        <h2 id={titleId} className="article__title">
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
                Original article
                <LinkHost url={source.url} />
                <span className="visually-hidden"> (new tab)</span>
              </a>
            </>
          )}
          {source.archiveUrl && (
            <>
              {" · "}
              <ArchivedCopyLink source={source} />
            </>
          )}
        </p>
      </header>
      {onTextSelected && SelectionWatcher && (
        <SelectionWatcher root={paneRef} onTextSelected={onTextSelected} />
      )}
      {/* One announcement per selection, however many passages it marks. */}
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      <div
        className="article__body"
        ref={paneRef}
        role="region"
        tabIndex={0}
        aria-label={textLabel}
      >
        {passage && onBack && (
          <button type="button" className="button article__back" onClick={onBack}>
            ↑ Back to the details
          </button>
        )}
        {paragraphs.map((paragraph, index) => (
          <ArticleParagraph
            key={paragraph.start}
            text={source.text}
            paragraph={paragraph}
            highlights={paragraphHighlights[index] ?? NONE}
            selectedId={selectedId}
            titleOf={titleOf}
            onSelect={onSelect}
          />
        ))}
      </div>
    </section>
  );
}

const NONE: readonly Highlight[] = [];
const ANNOUNCED_CHARS = 120;

/** What a screen reader hears once when an event is chosen: how many passages, and the first. */
function announce(
  text: string,
  highlights: readonly Highlight[],
  selectedId: EventId | undefined,
  titleOf: (eventId: string) => string,
): string {
  if (!selectedId) return "";
  const own = highlights.filter((h) => h.eventId === selectedId);
  const first = own.reduce<Highlight | undefined>(
    (a, h) => (!a || h.start < a.start ? h : a),
    undefined,
  );
  if (!first) return "";
  const words = text.slice(first.start, first.end).replace(/\s+/g, " ").trim();
  const shown =
    words.length > ANNOUNCED_CHARS ? `${words.slice(0, ANNOUNCED_CHARS).trimEnd()}…` : words;
  const count = own.length === 1 ? "1 passage" : `${own.length} passages`;
  return `${titleOf(selectedId)}: ${count} highlighted in the article, from “${shown}”`;
}

/** The marked passage (a run of the selected event's words) that holds text offset `start`. */
function passageAt(pane: HTMLElement, start: number): HTMLElement | undefined {
  let found: HTMLElement | undefined;
  for (const mark of pane.querySelectorAll<HTMLElement>("mark.quote-mark--selected")) {
    if (Number(mark.dataset.at) > start) break;
    found = mark;
  }
  return found?.closest<HTMLElement>(".quote-link") ?? undefined;
}
