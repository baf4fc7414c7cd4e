// Counts are written as people write them ("100,000 events", not "100000 events"), the same way
// in every pane. One formatter, made once: facet lists format hundreds of counts per render.
const grouped = new Intl.NumberFormat("en-GB");

/** A whole count with thousands separators: 1234567 → "1,234,567". */
export function formatCount(count: number): string {
  return grouped.format(count);
}
