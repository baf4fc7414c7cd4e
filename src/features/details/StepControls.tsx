import type { Step } from "../../domain/navigation";
import { formatCount } from "../../domain/count";

interface StepControlsProps {
  /** 1-based position of the selected event among the shown ones; 0 when none is selected. */
  readonly position: number;
  readonly total: number;
  readonly onStep: (step: Step) => void;
}

/** Previous / next through the shown events in date order. */
export function StepControls({ position, total, onStep }: StepControlsProps) {
  return (
    <nav className="step-controls" aria-label="Step through events">
      <button
        type="button"
        className="button"
        onClick={() => onStep("previous")}
        disabled={total === 0 || position === 1}
      >
        ← Previous
      </button>
      <span className="step-controls__position" aria-live="polite">
        {position > 0
          ? `${formatCount(position)} of ${formatCount(total)}`
          : `${formatCount(total)} events`}
      </span>
      <button
        type="button"
        className="button"
        onClick={() => onStep("next")}
        disabled={total === 0 || position === total}
      >
        Next →
      </button>
    </nav>
  );
}
