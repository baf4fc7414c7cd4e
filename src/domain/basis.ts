import type { When } from "./types";

const BASIS_LABELS: Record<When["basis"], string> = {
  explicit: "stated in the text",
  relative: "weekday resolved against the publication date",
  inferred: "inferred from the text",
  external: "from another source",
};

/** A short human label for how a date is known. */
export function basisLabel(basis: When["basis"]): string {
  return BASIS_LABELS[basis];
}
