import type { ReactNode } from "react";

/**
 * What the page shows while a dataset loads. `detail` (how much has arrived) sits outside the
 * live region: it changes several times a second, which a screen reader would read out each time.
 * `onCancel`, where there is something to go back to, offers to stop.
 */
export function LoadingState({
  label,
  detail,
  onCancel,
}: {
  label: string;
  detail?: ReactNode;
  onCancel?: () => void;
}) {
  return (
    <div className="state state--loading">
      <p className="state__status" role="status">
        <span className="spinner" aria-hidden="true" />
        {label}
      </p>
      {detail}
      {onCancel && (
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      )}
    </div>
  );
}
