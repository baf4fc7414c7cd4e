import { useId, useState } from "react";
import type { DraftProblem, DraftWhen } from "../../data/draft/draft-document";
import type { DateBasis, Precision } from "../../domain/types";
import { BASES, NOTE_NEEDED, PRECISIONS } from "./date-choices";
import { DateInput } from "./DateInput";
import { FieldProblem, TextField, messagesOf, problemAttributes } from "./FieldProblem";
import { pathOf, problemsAt } from "./problems-at";
import { datasetDate, whenOfSuggestion } from "./when-values";

/** A date the words of the event's quotations suggest (the date-phrase module's shape). */
export interface DateSuggestionLike {
  readonly phrase: string;
  readonly label: string;
  readonly when: {
    readonly start: string;
    readonly end?: string;
    readonly precision: Precision;
    readonly approximate: boolean;
    readonly basis: "explicit" | "relative";
    readonly note: string;
  };
}

interface DateFieldsProps {
  readonly when: DraftWhen;
  readonly suggestions: readonly DateSuggestionLike[];
  readonly problems: readonly DraftProblem[];
  /** The path of this `when` in the document, e.g. "events[2].when". */
  readonly at: string;
  /** The start of this date's undo keys ("event:<id>:when"), so typing a note is one step. */
  readonly coalesceKey: string;
  readonly onChange: (when: DraftWhen, coalesce?: string) => void;
}

const sameWhen = (a: DraftWhen, b: DraftWhen) =>
  a.start === b.start &&
  (a.end ?? "") === (b.end ?? "") &&
  a.precision === b.precision &&
  a.approximate === b.approximate &&
  a.basis === b.basis &&
  a.note === b.note;

/**
 * An event's date: the dates its words suggest, one press each, then the fields themselves. The
 * start and end inputs follow the precision, and changing it converts them (a day's
 * "2021-08-19" becomes the month "2021-08").
 */
export function DateFields(props: DateFieldsProps) {
  const { when, suggestions, problems, at, coalesceKey, onChange } = props;
  const id = useId();
  const [filledFrom, setFilledFrom] = useState<DateSuggestionLike>();
  const at_ = (field: string) => messagesOf(problemsAt(problems, pathOf(at, field)));
  const change = (changes: Partial<DraftWhen>, field?: string) => {
    const next: DraftWhen = { ...when, ...changes };
    if (next.end === "" || next.end === undefined) {
      const { end: _end, ...withoutEnd } = next;
      onChange(withoutEnd, field && `${coalesceKey}:${field}`);
    } else onChange(next, field && `${coalesceKey}:${field}`);
  };
  // Shown while the date is still the suggestion's: after an Undo or an edit it is not.
  const filled =
    filledFrom && sameWhen(whenOfSuggestion(filledFrom), when) ? filledFrom : undefined;
  const basis = BASES.find((entry) => entry.value === when.basis);
  const noteNeeded = NOTE_NEEDED[when.basis];
  const noteMessages = [
    ...(noteNeeded && when.note.trim() === "" ? [`${noteNeeded}.`] : []),
    ...at_("note"),
  ];

  return (
    <fieldset className="date-fields">
      <legend className="field__label">Date</legend>
      <FieldProblem id={`${id}-problem`} messages={messagesOf(problemsAt(problems, at))} />
      {suggestions.length > 0 && (
        <div role="group" aria-labelledby={`${id}-suggested`} className="date-fields__suggestions">
          <p id={`${id}-suggested`} className="field__hint">
            Dates the words suggest:
          </p>
          {suggestions.map((suggestion, index) => (
            <button
              key={index}
              type="button"
              className="button button--small"
              onClick={() => {
                setFilledFrom(suggestion);
                onChange(whenOfSuggestion(suggestion));
              }}
            >
              {suggestion.label}
            </button>
          ))}
        </div>
      )}
      <p role="status" className="date-fields__filled">
        {filled ? `Filled from “${filled.phrase}”` : ""}
      </p>
      <div className="field">
        <label htmlFor={`${id}-precision`} className="field__label">
          Precision
        </label>
        <select
          id={`${id}-precision`}
          className="field__input"
          value={when.precision}
          onChange={(event) => {
            const precision = event.target.value as Precision;
            change({
              precision,
              start: datasetDate(when.start, precision),
              ...(when.end ? { end: datasetDate(when.end, precision) } : {}),
            });
          }}
        >
          {PRECISIONS.map(({ value, label }) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <DateInput
        label="Start"
        value={when.start}
        precision={when.precision}
        messages={at_("start")}
        onChange={(start) => change({ start }, "start")}
      />
      <DateInput
        label="End (optional)"
        value={when.end ?? ""}
        precision={when.precision}
        messages={at_("end")}
        onChange={(end) => change({ end }, "end")}
      />
      <div className="field field--check">
        <input
          id={`${id}-approximate`}
          type="checkbox"
          checked={when.approximate}
          onChange={(event) => change({ approximate: event.target.checked })}
        />
        <label htmlFor={`${id}-approximate`}>Approximate</label>
      </div>
      <div className="field">
        <label htmlFor={`${id}-basis`} className="field__label">
          How we know the date
        </label>
        <select
          id={`${id}-basis`}
          className="field__input"
          value={when.basis}
          onChange={(event) => change({ basis: event.target.value as DateBasis })}
          {...problemAttributes(`${id}-basis-problem`, at_("basis"), `${id}-basis-hint`)}
        >
          {BASES.map(({ value, label }) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
        <p id={`${id}-basis-hint`} className="field__hint">
          {basis?.explanation}
        </p>
        <FieldProblem id={`${id}-basis-problem`} messages={at_("basis")} />
      </div>
      <TextField
        label={noteNeeded ? "Note" : "Note (optional)"}
        value={when.note}
        required={noteNeeded !== undefined}
        messages={noteMessages}
        onChange={(note) => change({ note }, "note")}
      />
    </fieldset>
  );
}
