import { useEffect, useId, useRef, useState } from "react";

interface DeleteConfirmProps {
  /** What is deleted, for the buttons: "event" gives "Delete event". */
  readonly what: string;
  /** The question asked, in words, before anything is deleted. */
  readonly question: string;
  readonly onDelete: () => void;
}

/** "Delete …" that asks first, inline (not `window.confirm`); Keep puts focus back on it. */
export function DeleteConfirm({ what, question, onDelete }: DeleteConfirmProps) {
  const [asking, setAsking] = useState(false);
  const kept = useRef(false);
  const askRef = useRef<HTMLButtonElement>(null);
  const keepRef = useRef<HTMLButtonElement>(null);
  const id = useId();
  // Asking, the safe answer takes focus, so that Enter pressed by habit keeps the work; kept,
  // focus goes back to the button that asked.
  useEffect(() => {
    if (asking) keepRef.current?.focus();
    else if (kept.current) {
      kept.current = false;
      askRef.current?.focus();
    }
  }, [asking]);
  if (!asking) {
    return (
      <div className="form-actions">
        <button ref={askRef} type="button" className="button" onClick={() => setAsking(true)}>
          Delete {what}
        </button>
      </div>
    );
  }
  return (
    <div role="group" aria-labelledby={id} className="delete-confirm">
      <p id={id}>{question}</p>
      <div className="form-actions">
        <button type="button" className="button button--danger" onClick={onDelete}>
          Yes, delete {what}
        </button>
        <button
          ref={keepRef}
          type="button"
          className="button"
          onClick={() => {
            kept.current = true;
            setAsking(false);
          }}
        >
          Keep {what}
        </button>
      </div>
    </div>
  );
}
