import { useState } from "react";
import type { DraftSnapshot } from "../../data/draft/draft-store";
import { exportDraftAsIs } from "./DraftBanner";

interface DraftExportProps {
  readonly snapshot: DraftSnapshot;
}

/**
 * In place of the Export menu while the draft would not load as it is: what stops it, and a way
 * to keep the draft all the same, as a file that says it is a draft. (Once it would load, the
 * explorer's own Export menu writes it, like any dataset.)
 */
export function DraftExport({ snapshot }: DraftExportProps) {
  const [open, setOpen] = useState(false);
  const { problems } = snapshot.view;
  return (
    <div className="draft-export">
      <button
        type="button"
        className="button"
        aria-expanded={open}
        onClick={() => setOpen((was) => !was)}
      >
        Export
      </button>
      {open && (
        <div className="draft-export__panel" role="region" aria-label="Export">
          <p>
            {problems.length === 1
              ? "1 problem stops this draft from exporting as a valid timeline:"
              : `${problems.length} problems stop this draft from exporting as a valid timeline:`}
          </p>
          <ul className="problems">
            {problems.slice(0, 10).map((problem, index) => (
              <li key={index}>
                {problem.path ? `${problem.path}: ` : ""}
                {problem.message}
              </li>
            ))}
          </ul>
          {problems.length > 10 && <p>…and {problems.length - 10} more, each beside its field.</p>}
          <button
            type="button"
            className="button button--small"
            onClick={() => exportDraftAsIs(snapshot.document)}
          >
            Save the draft as it is
          </button>
        </div>
      )}
    </div>
  );
}
