import type { PassageMatch } from "../../domain/passage";
import { addToEventLabel, type PassageAction } from "./quote-actions";

interface PassagePlaceProps {
  readonly text: string;
  readonly match: PassageMatch;
  /** Which place this is, for the buttons' names: "place 2 of 3". */
  readonly place: string;
  readonly selectedEventTitle?: string;
  readonly onChoose: (action: PassageAction) => void;
}

/** One place found: the words in their context, marked, and what to do with them. */
export function PassagePlace({
  text,
  match,
  place,
  selectedEventTitle,
  onChoose,
}: PassagePlaceProps) {
  const add = selectedEventTitle ? addToEventLabel(selectedEventTitle) : undefined;
  return (
    <li>
      <p className="find-passage__context">
        {match.start - match.before.length > 0 && "…"}
        {match.before}
        <mark>{text.slice(match.start, match.end)}</mark>
        {match.after}
        {match.end + match.after.length < text.length && "…"}
      </p>
      <div className="find-passage__actions">
        <button
          type="button"
          className="button button--small button--primary"
          aria-label={`New event from this quote, ${place}`}
          onClick={() => onChoose("new-event")}
        >
          New event from this quote
        </button>
        {add && (
          <button
            type="button"
            className="button button--small"
            aria-label={`${add.name}, ${place}`}
            onClick={() => onChoose("add-to-event")}
          >
            {add.shown}
          </button>
        )}
      </div>
    </li>
  );
}
