import { useId, useRef, useState, type DragEvent, type FormEvent } from "react";
import type { DraftEdit, DraftProblem, DraftSource } from "../../data/draft/draft-document";
import { DeleteConfirm } from "./DeleteConfirm";
import { TextField, messagesOf } from "./FieldProblem";
import { pathOf, problemsAt } from "./problems-at";

/** What reading a file gives: its text, its format and the details found in it. */
export interface SourceFileContents {
  readonly text: string;
  readonly format: "text" | "markdown" | "html";
  readonly title?: string;
  readonly publisher?: string;
  readonly url?: string;
  readonly publishedAt?: string;
  /** What reading had to do or could not, in words ("Scripts and styles were left out."). */
  readonly notes: readonly string[];
}

interface SourceFormProps {
  readonly mode: "add" | "edit";
  /** The source edited (edit mode). */
  readonly source?: DraftSource;
  readonly problems: readonly DraftProblem[];
  /** The source's place in the draft: problems are then read at "sources[i].…", else at "…". */
  readonly sourceIndex?: number;
  readonly readFile: (file: File) => Promise<SourceFileContents>;
  readonly onAdd: (source: Omit<DraftSource, "id">) => void;
  readonly onEdit: (edit: DraftEdit, coalesce?: string) => void;
  readonly onDelete?: () => void;
  /** How many quotations point into the source: its text cannot change, and deleting takes them. */
  readonly quoteCount?: number;
  readonly onCancel: () => void;
}

type Details = Omit<DraftSource, "id" | "text">;
const EMPTY: Omit<DraftSource, "id"> = {
  title: "",
  publisher: "",
  url: "",
  publishedAt: "",
  text: "",
};
const FORMATS = { text: "plain text", markdown: "Markdown", html: "a web page (HTML)" } as const;

/** Why an address is refused beside its field, or undefined when it is fine or not given. */
export function addressMessage(value: string): string | undefined {
  if (value.trim() === "") return undefined;
  try {
    const url = new URL(value);
    if (url.protocol === "http:" || url.protocol === "https:") return undefined;
  } catch {
    // Not an address at all: the same words as one of another kind.
  }
  return "Give a web address that starts with https:// or http://.";
}

/**
 * Adding a source (paste its text, open or drop a file, give its details) or editing one. Adding
 * collects the values here until "Add source"; editing sends each change as it is typed.
 */
export function SourceForm(props: SourceFormProps) {
  const { mode, source, problems, sourceIndex, onEdit, quoteCount = 0 } = props;
  const id = useId();
  const [typed, setTyped] = useState<Omit<DraftSource, "id">>(EMPTY);
  const [notes, setNotes] = useState<readonly string[]>([]);
  const [fileError, setFileError] = useState("");
  const [reading, setReading] = useState(false);
  const fileRef = useRef<HTMLInputElement>(null);
  const readCount = useRef(0);

  if (mode === "edit" && !source) return <p role="alert">There is no source here to edit.</p>;
  const values = mode === "edit" && source ? source : typed;
  const at = sourceIndex === undefined ? "" : `sources[${sourceIndex}]`;
  const messagesAt = (field: string, own?: string) => [
    ...(own ? [own] : []),
    ...messagesOf(problemsAt(problems, pathOf(at, field))),
  ];
  const setDetail = (field: keyof Details, value: string) => {
    if (mode === "add") setTyped((current) => ({ ...current, [field]: value }));
    else if (source) {
      onEdit(
        { type: "update-source", sourceId: source.id, changes: { [field]: value } },
        `source:${source.id}:${field}`,
      );
    }
  };

  const open = async (file: File) => {
    const reads = ++readCount.current;
    setReading(true);
    setFileError("");
    setNotes([]);
    try {
      const read = await props.readFile(file);
      // A file chosen after this one wins, whichever finishes first.
      if (reads !== readCount.current) return;
      // The file's text replaces the text; its details fill only what was left empty.
      setTyped((current) => ({
        ...current,
        text: read.text,
        title: current.title || (read.title ?? ""),
        publisher: current.publisher || (read.publisher ?? ""),
        url: current.url || (read.url ?? ""),
        publishedAt: current.publishedAt || (read.publishedAt ?? ""),
      }));
      setNotes([`Read “${file.name}” as ${FORMATS[read.format]}.`, ...read.notes]);
    } catch (error) {
      if (reads !== readCount.current) return;
      const why = error instanceof Error ? error.message : String(error);
      setFileError(`“${file.name}” could not be read: ${why}`);
    } finally {
      if (reads === readCount.current) setReading(false);
    }
  };

  const urlProblem = addressMessage(values.url);
  const archiveProblem = addressMessage(values.archiveUrl ?? "");
  const missing = [
    ...(values.text.trim() === "" ? ["paste the source text or open a file"] : []),
    ...(values.publishedAt === "" ? ["give the publication date"] : []),
    ...(urlProblem || archiveProblem ? ["mend the address"] : []),
  ];
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (mode !== "add" || missing.length > 0) return;
    const { archiveUrl, ...rest } = typed;
    props.onAdd(archiveUrl ? { ...rest, archiveUrl } : rest);
  };
  const drop = (event: DragEvent) => {
    const file = event.dataTransfer.files[0];
    if (mode !== "add" || !file) return;
    event.preventDefault();
    void open(file);
  };

  return (
    <form
      className="source-form"
      // The page's own drop zone (which opens a dropped file as a dataset) leaves this to us.
      data-own-drop
      aria-labelledby={`${id}-heading`}
      onSubmit={submit}
      onDragOver={(event) => {
        // Without this the browser opens a dropped file itself, leaving the app.
        if (mode === "add" && event.dataTransfer.types.includes("Files")) event.preventDefault();
      }}
      onDrop={drop}
    >
      <h2 id={`${id}-heading`} className="details__title">
        {mode === "add" ? "Add a source" : "Edit source"}
      </h2>
      {mode === "add" && (
        <div className="source-form__file">
          <button type="button" className="button" onClick={() => fileRef.current?.click()}>
            Open a file…
          </button>
          <span className="field__hint"> or drop one here: text, Markdown or a web page.</span>
          <input
            ref={fileRef}
            type="file"
            accept=".txt,.md,.html,.htm"
            hidden
            aria-label="Source file"
            onChange={(event) => {
              const file = event.target.files?.[0];
              // Cleared so that choosing the same file again reads it again.
              event.target.value = "";
              if (file) void open(file);
            }}
          />
          <div role="status" className="source-form__notes">
            {reading ? "Reading the file…" : ""}
            {!reading && notes.length > 0 && (
              <ul>
                {notes.map((note, index) => (
                  <li key={index}>{note}</li>
                ))}
              </ul>
            )}
          </div>
          {fileError && (
            <p role="alert" className="field-problem">
              {fileError} What you typed is kept.
            </p>
          )}
        </div>
      )}
      <TextField
        label="Source text"
        multiline
        readOnly={mode === "edit"}
        hint={
          mode === "add"
            ? "Paste the article here; it is kept exactly as pasted."
            : quoteCount > 0
              ? `Quotations point into this text (${quoteCount.toLocaleString("en-GB")}), so it cannot be changed.`
              : "The text stays as it was added: to use another text, add a new source."
        }
        value={values.text}
        messages={messagesAt("text")}
        onChange={(text) => setTyped((current) => ({ ...current, text }))}
        inputClassName="field__input source-form__text"
      />
      <TextField
        label="Title"
        value={values.title}
        messages={messagesAt("title")}
        onChange={(value) => setDetail("title", value)}
      />
      <TextField
        label="Publisher"
        value={values.publisher}
        messages={messagesAt("publisher")}
        onChange={(value) => setDetail("publisher", value)}
      />
      <TextField
        label="Address"
        type="url"
        hint="The article's web address (http or https)."
        value={values.url}
        messages={messagesAt("url", urlProblem)}
        onChange={(value) => setDetail("url", value)}
      />
      <TextField
        label="Publication date"
        type="date"
        required
        hint="Weekdays in the text are counted from it."
        value={values.publishedAt}
        messages={messagesAt("publishedAt")}
        onChange={(value) => setDetail("publishedAt", value)}
      />
      <TextField
        label="Archived copy's address (optional)"
        type="url"
        hint="A copy at web.archive.org or archive.today, in case the article changes."
        value={values.archiveUrl ?? ""}
        messages={messagesAt("archiveUrl", archiveProblem)}
        onChange={(value) => setDetail("archiveUrl", value)}
      />
      <div className="form-actions">
        {mode === "add" && (
          <button
            type="submit"
            className="button button--primary"
            disabled={missing.length > 0}
            aria-describedby={missing.length > 0 ? `${id}-missing` : undefined}
          >
            Add source
          </button>
        )}
        <button type="button" className="button" onClick={props.onCancel}>
          {mode === "add" ? "Cancel" : "Done"}
        </button>
      </div>
      {mode === "add" && missing.length > 0 && (
        <p id={`${id}-missing`} className="field__hint">
          To add the source, {missing.join(" and ")}.
        </p>
      )}
      {mode === "edit" && props.onDelete && (
        <DeleteConfirm
          what="source"
          question={
            quoteCount > 0
              ? `Delete this source and its ${quoteCount.toLocaleString("en-GB")} ${quoteCount === 1 ? "quotation" : "quotations"}?`
              : "Delete this source?"
          }
          onDelete={props.onDelete}
        />
      )}
    </form>
  );
}
