import { useId } from "react";
import type {
  DraftEdit,
  DraftEvent,
  DraftProblem,
  DraftSource,
} from "../../data/draft/draft-document";
import { ActorTokens } from "./ActorTokens";
import { CountryPicker } from "./CountryPicker";
import { DateFields, type DateSuggestionLike } from "./DateFields";
import { DeleteConfirm } from "./DeleteConfirm";
import { TextField, messagesOf } from "./FieldProblem";
import { problemCount, problemsAt, problemsUnder } from "./problems-at";
import { QuoteFields } from "./QuoteFields";

interface EventFormProps {
  readonly event: DraftEvent;
  readonly sources: readonly DraftSource[];
  /** Paths relative to the document ("events[2].title"); `eventIndex` says which is this one. */
  readonly problems: readonly DraftProblem[];
  readonly eventIndex: number;
  /** The draft's kinds, suggested as one types. */
  readonly kinds: readonly string[];
  /** The speakers of this event's quotes first, then the draft's other actors. */
  readonly actorSuggestions: readonly string[];
  readonly dateSuggestions: readonly DateSuggestionLike[];
  readonly onEdit: (edit: DraftEdit, coalesce?: string) => void;
  readonly onDelete: () => void;
  readonly onShowQuote?: (quoteIndex: number) => void;
}

/** One event of the draft, every field editable, its problems beside the fields they are in. */
export function EventForm(props: EventFormProps) {
  const { event, problems, eventIndex, onEdit } = props;
  const id = useId();
  const at = `events[${eventIndex}]`;
  const messagesAt = (field: string) => messagesOf(problemsAt(problems, `${at}.${field}`));
  const count = problemsUnder(problems, at).length;
  const update = (
    changes: Extract<DraftEdit, { type: "update-event" }>["changes"],
    field?: string,
  ) =>
    onEdit(
      { type: "update-event", eventId: event.id, changes },
      field && `event:${event.id}:${field}`,
    );

  return (
    <form
      className="event-form"
      aria-labelledby={`${id}-heading`}
      onSubmit={(e) => e.preventDefault()}
    >
      <h2 id={`${id}-heading`} className="details__title">
        Edit event
      </h2>
      {count > 0 && <p className="event-form__count">{problemCount(count)} in this event</p>}
      <TextField
        label="Title"
        value={event.title}
        messages={messagesAt("title")}
        onChange={(title) => update({ title }, "title")}
      />
      <TextField
        label="Summary"
        hint="One paragraph, in our words."
        multiline
        value={event.summary}
        messages={messagesAt("summary")}
        onChange={(summary) => update({ summary }, "summary")}
      />
      <TextField
        label="Kind"
        hint="e.g. statement, press-conference, military"
        value={event.kind}
        list={`${id}-kinds`}
        messages={messagesAt("kind")}
        onChange={(kind) => update({ kind }, "kind")}
      />
      <datalist id={`${id}-kinds`}>
        {props.kinds.map((kind) => (
          <option key={kind} value={kind} />
        ))}
      </datalist>
      <CountryPicker
        value={event.countries}
        messages={messagesOf(problemsUnder(problems, `${at}.countries`))}
        onChange={(countries) => update({ countries })}
      />
      <ActorTokens
        value={event.actors}
        suggestions={props.actorSuggestions}
        messages={messagesOf(problemsUnder(problems, `${at}.actors`))}
        onChange={(actors) => update({ actors })}
      />
      <datalist id={`${id}-speakers`}>
        {props.actorSuggestions.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      <QuoteFields
        event={event}
        sources={props.sources}
        problems={problems}
        at={`${at}.quotes`}
        speakerList={`${id}-speakers`}
        onEdit={onEdit}
        onShowQuote={props.onShowQuote}
      />
      <DateFields
        when={event.when}
        suggestions={props.dateSuggestions}
        problems={problems}
        at={`${at}.when`}
        coalesceKey={`event:${event.id}:when`}
        onChange={(when, coalesce) =>
          onEdit({ type: "update-event", eventId: event.id, changes: { when } }, coalesce)
        }
      />
      <DeleteConfirm
        what="event"
        question={`Delete the event “${event.title || "Untitled"}”?`}
        onDelete={props.onDelete}
      />
    </form>
  );
}
