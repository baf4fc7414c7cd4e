import type { ShownView } from "../../domain/shown-view";

/** Placeholder until its helper's branch lands: the lead replaces it. */
export default function PublishDialog({
  onClose,
}: {
  readonly shown: ShownView;
  readonly onClose: () => void;
}) {
  return (
    <div role="dialog" aria-label="PublishDialog">
      <button type="button" onClick={onClose}>
        Close
      </button>
    </div>
  );
}
