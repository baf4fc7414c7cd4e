import { formatCount } from "../domain/count";
import { showMoreLabel, type ShownPlan } from "./show-more";

/**
 * Under a list drawn in part: how much of it is shown, and a button that draws more. Nothing
 * when the whole list is drawn.
 */
export function ShowMoreButton({
  plan,
  total,
  noun,
  onMore,
}: {
  plan: ShownPlan;
  total: number;
  /** What the list holds, plural: "quotations". */
  noun: string;
  onMore: () => void;
}) {
  if (plan.hidden === 0) return null;
  return (
    <p className="show-more">
      <span className="show-more__count">
        {`Showing ${formatCount(plan.shown)} of ${formatCount(total)} ${noun}.`}
      </span>{" "}
      <button type="button" className="button button--small" onClick={onMore}>
        {showMoreLabel(plan)}
      </button>
    </p>
  );
}
