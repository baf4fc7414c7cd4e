// Counts are written as people write them ("100,000 events", not "100000 events"), the same way
// in every pane. One formatter, made once: facet lists format hundreds of counts per render.
const grouped = new Intl.NumberFormat("en-GB");

/** A whole count with thousands separators: 1234567 → "1,234,567". */
export function formatCount(count: number): string {
  return grouped.format(count);
}

/** A count and its noun: countOf(1, "event", "events") → "1 event", 1234 → "1,234 events". */
export function countOf(count: number, one: string, many: string): string {
  return `${formatCount(count)} ${count === 1 ? one : many}`;
}
