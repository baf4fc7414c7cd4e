import type { EventId, TimelineEvent } from "./types";

export type Step = "previous" | "next" | "first" | "last";

/**
 * The event a step lands on within `events` (already in date order). From no selection,
 * "next" starts at the first event and "previous" at the last. Undefined when there is none.
 */
export function stepEvent(
  events: readonly TimelineEvent[],
  current: EventId | undefined,
  step: Step,
): TimelineEvent | undefined {
  if (events.length === 0) return undefined;
  if (step === "first") return events[0];
  if (step === "last") return events[events.length - 1];
  const index = current === undefined ? -1 : events.findIndex((event) => event.id === current);
  if (index < 0) return step === "next" ? events[0] : events[events.length - 1];
  const next = step === "next" ? index + 1 : index - 1;
  return events[Math.min(Math.max(next, 0), events.length - 1)];
}

/** The event's 1-based position within `events`, or 0 when it is not among them. */
export function positionOf(events: readonly TimelineEvent[], id: EventId | undefined): number {
  return id === undefined ? 0 : events.findIndex((event) => event.id === id) + 1;
}
