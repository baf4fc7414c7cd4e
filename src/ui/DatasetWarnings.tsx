import { useRef } from "react";
import { countOf } from "../domain/count";
import type { DatasetWarning } from "../domain/types";
import { planShown } from "./show-more";
import { ShowMoreButton } from "./ShowMoreButton";
import { useShownCount } from "./use-shown-count";
import "./dataset-warnings.css";

const QUOTATION_KINDS: ReadonlySet<DatasetWarning["kind"]> = new Set([
  "quote-moved",
  "quote-approximate",
  "quote-missing",
]);

// Loading caps its own lists, but nothing here should trust a caller with 100,000 of them.
export const WARNINGS_SHOWN = 100;

/** What loading the dataset had to skip, mend or flag, folded away but never hidden. */
export function DatasetWarnings({
  warnings,
  skipped = 0,
}: {
  warnings: readonly DatasetWarning[];
  /** Rows or events left out, all of them (the warnings list only the first few hundred). */
  skipped?: number;
}) {
  const listRef = useRef<HTMLUListElement>(null);
  const { limit, more } = useShownCount(WARNINGS_SHOWN, warnings, listRef);
  if (warnings.length === 0) return null;
  const plan = planShown(warnings.length, limit, WARNINGS_SHOWN);
  const quotations = warnings.filter(({ kind }) => QUOTATION_KINDS.has(kind)).length;
  const changed = warnings.filter(({ kind }) => kind === "text-changed").length;
  const cut = warnings.filter(({ kind }) => kind === "cut").length;
  const parts = [
    // First: it says why the quotations below may not be where, or what, they were.
    changed === 1
      ? "This source's text has changed since it was quoted"
      : changed > 1
        ? `${changed} sources' texts have changed since they were quoted`
        : "",
    skipped > 0
      ? `${countOf(skipped, "item of the file", "items of the file")} could not be read and ${skipped === 1 ? "was" : "were"} left out`
      : "",
    quotations > 0
      ? `${countOf(quotations, "quotation", "quotations")} needed attention while loading`
      : "",
    warnings.some(({ kind }) => kind === "encoding") ? "read as Windows-1252, not UTF-8" : "",
    cut > 0 ? `${countOf(cut, "field was", "fields were")} too long and cut short` : "",
  ].filter(Boolean);
  return (
    <details className="notices dataset-warnings">
      <summary>{parts.join("; ")}</summary>
      <ul ref={listRef}>
        {/* By place, not by text: two events may well be warned about in the same words. */}
        {warnings.slice(0, plan.shown).map((warning, index) => (
          <li key={index} tabIndex={-1}>
            {warning.text}
          </li>
        ))}
      </ul>
      <ShowMoreButton plan={plan} total={warnings.length} noun="warnings" onMore={more} />
    </details>
  );
}
