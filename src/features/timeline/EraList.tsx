import { memo } from "react";
import { countOf, formatCount } from "../../domain/count";
import { formatAtPrecision } from "../../domain/dates";
import type { Era } from "../../domain/types";
import type { PlacedEra } from "./place-eras";

/** Up to this many eras are read out; a dataset may hold 100,000. */
export const ERAS_LISTED = 200;

/** An era's dates at its precision: "14 Aug 2021 – 16 Aug 2021", or one date for a single unit. */
export function formatEraDates(era: Era): string {
  const start = formatAtPrecision(era.start, era.precision);
  const end = formatAtPrecision(era.end, era.precision);
  return start === end ? start : `${start} – ${end}`;
}

/**
 * The eras as text for screen readers, in place of the bands they cannot see: every era once
 * when there are a few hundred or fewer, else the first of those in view and how many remain.
 */
export const EraList = memo(function EraList({
  eras,
  placed,
}: {
  eras: readonly Era[];
  /** The eras in view, in start order (see placeEras). */
  placed: readonly PlacedEra[];
}) {
  if (eras.length === 0) return null;
  const all = eras.length <= ERAS_LISTED;
  const listed = all ? eras : placed.slice(0, ERAS_LISTED).map(({ era }) => era);
  return (
    <ul className="visually-hidden" aria-label="Eras">
      {listed.map((era, index) => (
        <li key={index}>
          <bdi>{era.title}</bdi>
          {`, ${formatEraDates(era)}`}
        </li>
      ))}
      {!all && (
        <li>
          {`${countOf(eras.length, "era", "eras")} in all, ${formatCount(placed.length)} in view`}
          {placed.length > listed.length
            ? `; the first ${formatCount(listed.length)} in view are listed. Zoom in to list the others.`
            : "; all those in view are listed."}
        </li>
      )}
    </ul>
  );
});
