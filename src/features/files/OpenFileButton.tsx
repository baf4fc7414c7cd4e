import { useRef } from "react";

/** "Open file…": a dataset from disk, in our JSON, TimelineJS JSON or CSV, or an ACLED CSV export. */
export function OpenFileButton({ onFile }: { onFile: (file: File) => void }) {
  const inputRef = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" className="button" onClick={() => inputRef.current?.click()}>
        Open file…
      </button>
      <input
        ref={inputRef}
        type="file"
        // A hint for the picker only: the format is read from the content.
        accept=".json,.csv,.txt,application/json,text/csv"
        hidden
        aria-label="Dataset file"
        onChange={(event) => {
          const file = event.target.files?.[0];
          // Cleared so that choosing the same file again opens it again.
          event.target.value = "";
          if (file) onFile(file);
        }}
      />
    </>
  );
}
