/** A short note about the link, and what it is about (so nothing reads its words back). */
export interface Notice {
  readonly kind: string;
  readonly text: string;
}

/** Short notes about a link that could not be followed in full, until dismissed. */
export function Notices({
  notices,
  onDismiss,
}: {
  notices: readonly Notice[];
  onDismiss: () => void;
}) {
  if (notices.length === 0) return null;
  return (
    <div className="notices" role="status">
      <ul>
        {/* By place, not by text: two notes may say the same thing. */}
        {notices.map((notice, index) => (
          <li key={index}>{notice.text}</li>
        ))}
      </ul>
      <button type="button" className="button button--small" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
