import { useId, type ReactNode } from "react";
import "./forms.css";

/**
 * What is wrong with one field, in the loader's words, right beside it. The field points here
 * with `aria-describedby` (see `problemAttributes`), so a screen reader reads it with the field.
 */
export function FieldProblem({ id, messages }: { id: string; messages: readonly string[] }) {
  if (messages.length === 0) return null;
  return (
    <ul id={id} className="field-problem">
      {messages.map((message, index) => (
        <li key={index}>{message}</li>
      ))}
    </ul>
  );
}

/** The attributes that tie a field to its hint and its problems, and mark it invalid. */
export function problemAttributes(
  problemId: string,
  messages: readonly string[],
  hintId?: string,
): { "aria-invalid"?: true; "aria-describedby"?: string } {
  const ids = [hintId, messages.length > 0 ? problemId : undefined].filter(Boolean).join(" ");
  return {
    ...(messages.length > 0 ? { "aria-invalid": true } : {}),
    ...(ids ? { "aria-describedby": ids } : {}),
  };
}

interface TextFieldProps {
  readonly label: ReactNode;
  readonly value: string;
  readonly onChange: (value: string) => void;
  /** The messages to show beside the field: the draft's problems and the form's own checks. */
  readonly messages: readonly string[];
  /** A line under the label saying what the field is for or how to write it. */
  readonly hint?: ReactNode;
  readonly multiline?: boolean;
  readonly type?: "text" | "url" | "date";
  readonly required?: boolean;
  readonly readOnly?: boolean;
  /** The id of a `<datalist>` of suggestions. */
  readonly list?: string;
  readonly className?: string;
  readonly inputClassName?: string;
}

/** A labelled text field (or textarea) with its hint and problems beside it. */
export function TextField(props: TextFieldProps) {
  const { label, value, onChange, messages, hint, multiline, type = "text" } = props;
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const problemId = `${id}-problem`;
  const shared = {
    id,
    value,
    required: props.required,
    readOnly: props.readOnly,
    className: props.inputClassName ?? "field__input",
    ...problemAttributes(problemId, messages, hintId),
  };
  return (
    <div className={props.className ?? "field"}>
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      {hint && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
      {multiline ? (
        <textarea {...shared} rows={4} onChange={(event) => onChange(event.target.value)} />
      ) : (
        <input
          {...shared}
          type={type}
          list={props.list}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
      <FieldProblem id={problemId} messages={messages} />
    </div>
  );
}

/** The messages of a list of problems. */
export function messagesOf(problems: readonly { readonly message: string }[]): readonly string[] {
  return problems.map((problem) => problem.message);
}
