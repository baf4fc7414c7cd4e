import { useId } from "react";
import type { DraftEdit, DraftProblem } from "../../data/draft/draft-document";
import { FieldProblem, TextField, messagesOf, problemAttributes } from "./FieldProblem";
import { problemsAt } from "./problems-at";

interface DraftDetailsFormProps {
  readonly title: string;
  readonly description: string;
  readonly problems: readonly DraftProblem[];
  readonly onEdit: (edit: DraftEdit, coalesce?: string) => void;
}

/**
 * The draft's title and description, edited where they are shown: the title is the page's
 * heading, so what is typed is what the timeline will be called.
 */
export function DraftDetailsForm({ title, description, problems, onEdit }: DraftDetailsFormProps) {
  const id = useId();
  const titleMessages = messagesOf(problemsAt(problems, "title"));
  return (
    <div className="draft-details">
      <label htmlFor={id} className="field__label">
        Timeline title
      </label>
      {/* The input inside the h1: the heading's name is the title as typed. */}
      <h1 className="app__title draft-details__title">
        <input
          id={id}
          className="field__input draft-details__title-input"
          value={title}
          placeholder="Untitled timeline"
          onChange={(event) =>
            onEdit({ type: "set-details", title: event.target.value }, "details:title")
          }
          {...problemAttributes(`${id}-problem`, titleMessages)}
        />
      </h1>
      <FieldProblem id={`${id}-problem`} messages={titleMessages} />
      <TextField
        label="Description (optional)"
        value={description}
        messages={messagesOf(problemsAt(problems, "description"))}
        onChange={(value) =>
          onEdit({ type: "set-details", description: value }, "details:description")
        }
      />
    </div>
  );
}
