import type { When } from "./types";

const weekday = new Intl.DateTimeFormat("en-GB", { weekday: "long", timeZone: "UTC" });

/**
 * The one sentence that says how a date is known: its note, which has the source's own words
 * ("The article says Lavrov spoke “on Thursday”, …"), or, without one, its basis in words.
 */
export function basisStatement(when: When): string {
  if (when.note.trim() !== "") return when.note;
  switch (when.basis) {
    case "relative":
      return `The text names the weekday (${weekday.format(when.start)}), resolved against the publication date.`;
    case "explicit":
      return "Stated in the text.";
    case "inferred":
      return "Inferred from the text.";
    case "external":
      return "From another source.";
  }
}
