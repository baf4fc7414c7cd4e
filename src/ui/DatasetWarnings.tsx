import { countOf } from "../domain/count";

/** What loading the dataset had to skip, mend or flag, folded away but never hidden. */
export function DatasetWarnings({
  warnings,
  skipped = 0,
}: {
  warnings: readonly string[];
  /** Rows or events left out, all of them (the warnings list only the first few hundred). */
  skipped?: number;
}) {
  if (warnings.length === 0) return null;
  // "…and 12 more problems" ends a capped list: it is a count, not a quotation.
  const mended = warnings.filter((w) => !w.startsWith("Skipped ") && !w.startsWith("…")).length;
  const parts = [
    skipped > 0
      ? `${countOf(skipped, "item of the file", "items of the file")} could not be read and ${skipped === 1 ? "was" : "were"} left out`
      : "",
    mended > 0
      ? `${countOf(mended, "quotation", "quotations")} needed attention while loading`
      : "",
  ].filter(Boolean);
  return (
    <details className="notices dataset-warnings">
      <summary>{parts.join("; ")}</summary>
      <ul>
        {warnings.map((warning) => (
          <li key={warning}>{warning}</li>
        ))}
      </ul>
    </details>
  );
}
