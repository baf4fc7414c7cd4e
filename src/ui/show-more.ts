import { formatCount } from "../domain/count";

/** How much of a long list is drawn, and what the next "Show more" adds. */
export interface ShownPlan {
  /** Items drawn: the first `shown` of the list. */
  readonly shown: number;
  /** Items the next press adds (0 when the whole list is drawn). */
  readonly next: number;
  /** Items not drawn. */
  readonly hidden: number;
}

/** Of `total` items, the first `limit` are drawn; each press adds up to `step` more. */
export function planShown(total: number, limit: number, step: number): ShownPlan {
  const shown = Math.max(0, Math.min(total, limit));
  const hidden = total - shown;
  return { shown, next: Math.min(step, hidden), hidden };
}

/** The button's words: "Show 100 more (49,900 not shown)". */
export function showMoreLabel(plan: ShownPlan): string {
  return `Show ${formatCount(plan.next)} more (${formatCount(plan.hidden)} not shown)`;
}
