import type { DateBasis, Precision } from "../../domain/types";

/** The precisions a date can have, as the Precision select names them. */
export const PRECISIONS: readonly { value: Precision; label: string }[] = [
  { value: "minute", label: "Minute (a time of day, UTC)" },
  { value: "day", label: "Day" },
  { value: "month", label: "Month" },
  { value: "year", label: "Year" },
];

/** How a date can be known, each with the one line that explains it. */
export const BASES: readonly { value: DateBasis; label: string; explanation: string }[] = [
  { value: "explicit", label: "Explicit", explanation: "The text states the date." },
  {
    value: "relative",
    label: "Relative",
    explanation: "A weekday or “yesterday”, counted from the publication date.",
  },
  {
    value: "inferred",
    label: "Inferred",
    explanation: "Worked out from other events or the order of the text: say how in the note.",
  },
  {
    value: "external",
    label: "External",
    explanation: "Another source dates it: name that source in the note.",
  },
];

/** What the note must say where the basis needs one. */
export const NOTE_NEEDED: Partial<Record<DateBasis, string>> = {
  inferred: "Say how the date was worked out",
  external: "Say which source dates it",
};
