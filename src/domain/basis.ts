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

const weekday = new Intl.DateTimeFormat("en-GB", { weekday: "long", timeZone: "UTC" });

/**
 * The few words that go after a date to say how we know it: "the article says ‘on Thursday’",
 * "the article says so", "inferred from the article", "from another source".
 */
export function basisPhrase(when: When): string {
  switch (when.basis) {
    case "relative":
      return `the article says ‘on ${weekday.format(when.start)}’`;
    case "explicit":
      return "the article says so";
    case "inferred":
      return "inferred from the article";
    case "external":
      return "from another source";
  }
}
