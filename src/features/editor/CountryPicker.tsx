import { useId, useMemo, useRef, useState, type KeyboardEvent } from "react";
import { countryName } from "../../domain/countries";
import { countriesMatching, allCountryCodes } from "../../domain/country-codes";
import { FieldProblem, problemAttributes } from "./FieldProblem";

interface CountryPickerProps {
  /** The chosen ISO 3166-1 alpha-2 codes, in the order chosen. */
  readonly value: readonly string[];
  readonly onChange: (codes: readonly string[]) => void;
  readonly messages: readonly string[];
  readonly label?: string;
}

// A long list is no use to scroll by keyboard: type to narrow it.
const SHOWN = 50;

/**
 * Countries chosen by searching their names or codes: an APG combobox (typing filters, ↑/↓
 * move, Enter adds, Escape closes) above the chosen countries as removable tokens.
 */
export function CountryPicker({
  value,
  onChange,
  messages,
  label = "Countries",
}: CountryPickerProps) {
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState("");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const options = useMemo(() => {
    const left = allCountryCodes().filter((code) => !value.includes(code));
    return countriesMatching(query, left).slice(0, SHOWN);
  }, [query, value]);
  const shown = open && options.length > 0;

  const add = (code: string) => {
    onChange([...value, code]);
    setQuery("");
    setActive(-1);
  };
  const remove = (code: string) => {
    onChange(value.filter((chosen) => chosen !== code));
    inputRef.current?.focus();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const last = options.length - 1;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      setOpen(true);
      if (last < 0) return;
      const down = event.key === "ArrowDown";
      setActive((at) => (down ? (at >= last ? 0 : at + 1) : at <= 0 ? last : at - 1));
    } else if (event.key === "Enter") {
      // Enter chooses a country, never submits a form round the picker.
      event.preventDefault();
      const code = options[active] ?? (options.length === 1 ? options[0] : undefined);
      if (shown && code) add(code);
    } else if (event.key === "Escape") {
      if (shown) event.preventDefault();
      setOpen(false);
      setActive(-1);
    } else if (event.key === "Backspace" && query === "" && value.length > 0) {
      onChange(value.slice(0, -1));
    }
  };

  const listId = `${id}-list`;
  const optionId = (index: number) => `${id}-option-${index}`;
  return (
    <div className="field tokens">
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      <p id={`${id}-hint`} className="field__hint">
        Type a name or code, then choose with ↓ and Enter.
      </p>
      {value.length > 0 && (
        <ul className="tokens__list" aria-label={`Chosen ${label.toLowerCase()}`}>
          {value.map((code) => (
            <li key={code} className="token">
              <span>{countryName(code) ?? code}</span>
              <button
                type="button"
                className="token__remove"
                aria-label={`Remove ${countryName(code) ?? code}`}
                onClick={() => remove(code)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="combobox">
        <input
          ref={inputRef}
          id={id}
          className="field__input"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={shown}
          aria-controls={listId}
          aria-activedescendant={shown && active >= 0 ? optionId(active) : undefined}
          autoComplete="off"
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setOpen(true);
            setActive(-1);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setOpen(false)}
          {...problemAttributes(`${id}-problem`, messages, `${id}-hint`)}
        />
        <ul
          id={listId}
          role="listbox"
          aria-label={label}
          className="combobox__list"
          hidden={!shown}
        >
          {shown &&
            options.map((code, index) => (
              // The input keeps focus and the keyboard (aria-activedescendant); a click chooses.
              // eslint-disable-next-line jsx-a11y/click-events-have-key-events
              <li
                key={code}
                id={optionId(index)}
                role="option"
                aria-selected={index === active}
                className="combobox__option"
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => add(code)}
              >
                {countryName(code)} <span className="combobox__code">{code}</span>
              </li>
            ))}
        </ul>
      </div>
      <FieldProblem id={`${id}-problem`} messages={messages} />
    </div>
  );
}
