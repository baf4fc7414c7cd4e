import { useId, useRef, useState, type KeyboardEvent } from "react";
import { FieldProblem, problemAttributes } from "./FieldProblem";

interface ActorTokensProps {
  /** The people and organisations of the event, in the order given. */
  readonly value: readonly string[];
  /** Names to offer: the speakers of the event's quotes first, then the draft's other actors. */
  readonly suggestions: readonly string[];
  readonly onChange: (actors: readonly string[]) => void;
  readonly messages: readonly string[];
}

const same = (a: string, b: string) => a.localeCompare(b, "en", { sensitivity: "accent" }) === 0;

/** The event's actors as tokens: Enter or a comma adds the name typed, Backspace removes. */
export function ActorTokens({ value, suggestions, onChange, messages }: ActorTokensProps) {
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [typed, setTyped] = useState("");
  const offered = suggestions.filter(
    (name, index) =>
      !value.some((chosen) => same(chosen, name)) &&
      suggestions.findIndex((other) => same(other, name)) === index,
  );

  // A name already there is not added twice ("Taliban" and "taliban" are one actor).
  const add = (name: string) => {
    const trimmed = name.trim();
    setTyped("");
    if (trimmed === "" || value.some((chosen) => same(chosen, trimmed))) return;
    onChange([...value, trimmed]);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "Enter" || event.key === ",") {
      event.preventDefault();
      add(typed);
    } else if (event.key === "Backspace" && typed === "" && value.length > 0) {
      event.preventDefault();
      onChange(value.slice(0, -1));
    }
  };

  return (
    <div className="field tokens">
      <label htmlFor={id} className="field__label">
        Actors
      </label>
      <p id={`${id}-hint`} className="field__hint">
        People and organisations. Enter or a comma adds the name typed.
      </p>
      {value.length > 0 && (
        <ul className="tokens__list" aria-label="Chosen actors">
          {value.map((name) => (
            <li key={name} className="token">
              <bdi>{name}</bdi>
              <button
                type="button"
                className="token__remove"
                aria-label={`Remove ${name}`}
                onClick={() => {
                  onChange(value.filter((chosen) => chosen !== name));
                  inputRef.current?.focus();
                }}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <input
        ref={inputRef}
        id={id}
        className="field__input"
        list={`${id}-suggestions`}
        autoComplete="off"
        value={typed}
        onChange={(event) => {
          // A comma pasted or typed on a keyboard without keydown (mobile) still splits names.
          const parts = event.target.value.split(",");
          if (parts.length > 1) {
            const names = parts.slice(0, -1).map((part) => part.trim());
            const fresh = names.filter(
              (name, index) =>
                name !== "" &&
                !value.some((chosen) => same(chosen, name)) &&
                names.findIndex((other) => same(other, name)) === index,
            );
            if (fresh.length > 0) onChange([...value, ...fresh]);
            setTyped(parts[parts.length - 1] ?? "");
          } else setTyped(event.target.value);
        }}
        onKeyDown={onKeyDown}
        // A name typed and left is kept, not lost.
        onBlur={() => add(typed)}
        {...problemAttributes(`${id}-problem`, messages, `${id}-hint`)}
      />
      <datalist id={`${id}-suggestions`}>
        {offered.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      <FieldProblem id={`${id}-problem`} messages={messages} />
    </div>
  );
}
