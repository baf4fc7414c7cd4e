import { useId } from "react";
import type { Precision } from "../../domain/types";
import { FieldProblem, problemAttributes } from "./FieldProblem";
import { dateFromInput, inputDate } from "./when-values";

interface DateInputProps {
  readonly label: string;
  readonly value: string;
  readonly precision: Precision;
  readonly messages: readonly string[];
  readonly onChange: (value: string) => void;
}

const INPUT_TYPE: Record<Precision, string> = {
  minute: "datetime-local",
  day: "date",
  month: "month",
  year: "number",
};

/** A start or end date in the input that fits its precision; a time is in UTC and says so. */
export function DateInput({ label, value, precision, messages, onChange }: DateInputProps) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id} className="field__label">
        {precision === "minute" ? `${label}, UTC` : label}
      </label>
      <input
        id={id}
        className="field__input"
        type={INPUT_TYPE[precision]}
        step={precision === "year" ? 1 : undefined}
        // Browsers without a month input show a text box: say how to write it.
        placeholder={precision === "month" ? "YYYY-MM" : precision === "year" ? "YYYY" : undefined}
        value={inputDate(value, precision)}
        onChange={(event) => onChange(dateFromInput(event.target.value, precision))}
        {...problemAttributes(`${id}-problem`, messages)}
      />
      <FieldProblem id={`${id}-problem`} messages={messages} />
    </div>
  );
}
