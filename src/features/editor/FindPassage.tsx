import {
  useDeferredValue,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type FormEvent,
  type KeyboardEvent,
} from "react";
import { countOf } from "../../domain/count";
import { findPassage, type PassageSearch } from "../../domain/passage";
import { PassagePlace } from "./PassagePlace";
import type { PassageAction } from "./quote-actions";
import "./editor.css";

export type { PassageAction } from "./quote-actions";

interface FindPassageProps {
  /** The source's text, searched. */
  readonly text: string;
  readonly sourceTitle: string;
  /** The event being edited, if one is: each place then offers to add its quote to it. */
  readonly selectedEventTitle?: string;
  readonly onChoose: (match: { start: number; end: number }, action: PassageAction) => void;
  readonly onClose: () => void;
}

/**
 * "Find a passage": type or paste words and see every place in the source that has them (curly
 * or straight quotes, any dash, any whitespace), each with its context and actions. A region
 * beside the article, not a modal: the article stays readable. Results follow the typing;
 * Find (or Ctrl+Enter) moves focus to the first place's first action.
 */
export function FindPassage({
  text,
  sourceTitle,
  selectedEventTitle,
  onChoose,
  onClose,
}: FindPassageProps) {
  const [words, setWords] = useState("");
  const deferred = useDeferredValue(words);
  const found = useMemo(() => findPassage(text, deferred), [text, deferred]);
  const titleId = useId();
  const wordsId = useId();
  const hintId = useId();
  const placesRef = useRef<HTMLOListElement>(null);
  const panelRef = useRef<HTMLElement>(null);
  const wordsRef = useRef<HTMLTextAreaElement>(null);
  const close = useRef(onClose);
  useEffect(() => {
    close.current = onClose;
  });
  // Opened to type in: the words box takes focus. Escape anywhere in the panel closes it.
  useEffect(() => {
    wordsRef.current?.focus();
    const panel = panelRef.current;
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (event.key === "Escape") close.current();
    };
    panel?.addEventListener("keydown", onKey);
    return () => panel?.removeEventListener("keydown", onKey);
  }, []);

  // Find moves focus to the first place only once the places shown are those of the words as
  // typed: on a busy machine they lag the typing by a render, and Enter on a place found for
  // "…would go o" would quote those words, one letter short.
  const focusWanted = useRef(false);
  const focusFirstPlace = () =>
    requestAnimationFrame(() => placesRef.current?.querySelector<HTMLElement>("button")?.focus());
  useEffect(() => {
    if (!focusWanted.current || deferred !== words) return;
    focusWanted.current = false;
    focusFirstPlace();
  }, [deferred, words]);
  const find = (event?: FormEvent) => {
    event?.preventDefault();
    if (deferred === words) focusFirstPlace();
    else focusWanted.current = true;
  };
  const onWordsKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) find(event);
  };

  const shown = found.matches.length;
  return (
    <section className="find-passage" aria-labelledby={titleId} ref={panelRef}>
      <header className="find-passage__header">
        <h2 id={titleId} className="find-passage__title">
          Find a passage
        </h2>
        <button type="button" className="button button--small" onClick={onClose}>
          Close
        </button>
      </header>
      <form className="find-passage__form" onSubmit={find}>
        <label htmlFor={wordsId}>Words to find</label>
        <textarea
          id={wordsId}
          ref={wordsRef}
          className="find-passage__words"
          value={words}
          aria-describedby={hintId}
          onChange={(event) => setWords(event.target.value)}
          onKeyDown={onWordsKeyDown}
        />
        <p id={hintId} className="find-passage__hint">
          Type or paste words from the article; quotes, dashes and line breaks need not match.
          Ctrl+Enter goes to the places found.
        </p>
        <div>
          <button type="submit" className="button button--small">
            Find
          </button>
        </div>
      </form>
      <p className="find-passage__status" role="status">
        {deferred.trim() === "" ? "" : statusOf(found, sourceTitle)}
      </p>
      {shown > 0 && (
        <ol className="find-passage__places" ref={placesRef} aria-label="Places found">
          {found.matches.map((match, index) => (
            <PassagePlace
              key={match.start}
              text={text}
              match={match}
              place={`place ${index + 1} of ${found.total}`}
              selectedEventTitle={selectedEventTitle}
              onChoose={(action) => onChoose({ start: match.start, end: match.end }, action)}
            />
          ))}
        </ol>
      )}
    </section>
  );
}

/** "3 places", "Found ignoring case: 1 place", or why nothing was found, in words. */
function statusOf(found: PassageSearch, sourceTitle: string): string {
  if (found.total === 0) return `No place in ${sourceTitle} has these words`;
  const count = countOf(found.total, "place", "places");
  const listed =
    found.matches.length < found.total
      ? `${count}, the first ${found.matches.length} listed`
      : count;
  return found.caseInsensitive ? `Found ignoring case: ${listed}` : listed;
}
