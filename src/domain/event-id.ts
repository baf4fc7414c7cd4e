// Lower-case letters, digits, hyphens and underscores, with at least one letter or digit: our
// slugs ("lavrov-press-conference") and TimelineJS's ids ("_1969-moon", "a--b") alike, so a
// TimelineJS `#event-…` link maps onto ours unchanged.
const EVENT_ID = /^(?=[^a-z0-9]*[a-z0-9])[a-z0-9_-]{1,200}$/;

/** Whether a string can be an event id (and so part of a link). */
export function isEventId(value: string): boolean {
  return EVENT_ID.test(value);
}
