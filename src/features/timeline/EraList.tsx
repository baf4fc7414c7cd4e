import { memo } from "react";
import { formatAtPrecision } from "../../domain/dates";
import type { Era } from "../../domain/types";

/** An era's dates at its precision: "14 Aug 2021 – 16 Aug 2021", or one date for a single unit. */
export function formatEraDates(era: Era): string {
  const start = formatAtPrecision(era.start, era.precision);
  const end = formatAtPrecision(era.end, era.precision);
  return start === end ? start : `${start} – ${end}`;
}

/** Every era once, as text for screen readers, in place of the bands they cannot see. */
export const EraList = memo(function EraList({ eras }: { eras: readonly Era[] }) {
  if (eras.length === 0) return null;
  return (
    <ul className="visually-hidden" aria-label="Eras">
      {eras.map((era, index) => (
        <li key={index}>{`${era.title}, ${formatEraDates(era)}`}</li>
      ))}
    </ul>
  );
});
