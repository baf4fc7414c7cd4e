import { countOf } from "../domain/count";

/** A short note about the link, and what it is about (so nothing reads its words back). */
export interface Notice {
  readonly kind: string;
  readonly text: string;
}

export const NOTICES_SHOWN = 20;

/** Short notes about a link that could not be followed in full, until dismissed. */
export function Notices({
  notices,
  onDismiss,
}: {
  notices: readonly Notice[];
  onDismiss: () => void;
}) {
  if (notices.length === 0) return null;
  // A link's notes are a few; a hostile one could ask for thousands, so the rest are counted.
  const unlisted = notices.length - NOTICES_SHOWN;
  return (
    <div className="notices" role="status">
      <ul>
        {/* By place, not by text: two notes may say the same thing. */}
        {notices.slice(0, NOTICES_SHOWN).map((notice, index) => (
          <li key={index}>{notice.text}</li>
        ))}
        {unlisted > 0 && (
          <li>{`…and ${countOf(unlisted, "more note", "more notes")}, not listed`}</li>
        )}
      </ul>
      <button type="button" className="button button--small" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
