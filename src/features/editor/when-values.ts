import type { DraftWhen } from "../../data/draft/draft-document";
import type { Precision } from "../../domain/types";

// A stored date at any precision, tolerantly: "2021", "2021-08", "2021-08-19",
// "2021-08-19T14:30Z" (and the T without its Z, as a datetime-local input gives it).
const PARTS =
  /^(-?\d{4,12})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?Z?)?)?)?$/;

interface DateParts {
  readonly year: string;
  readonly month: string;
  readonly day: string;
  readonly time: string;
}

function partsOf(value: string): DateParts | undefined {
  const match = PARTS.exec(value.trim());
  if (!match) return undefined;
  const [, year = "", month = "01", day = "01", hour = "00", minute = "00"] = match;
  return { year, month, day, time: `${hour}:${minute}` };
}

/**
 * A date as the dataset format writes it at a precision (as `isoAt` in the export does): a
 * whole date for day, month and year ("2021-08-01" for August), a UTC time only for minute.
 * A value that reads as no date is kept as typed, for its problem to name.
 */
export function datasetDate(value: string, precision: Precision): string {
  if (value === "") return "";
  const parts = partsOf(value);
  if (!parts) return value;
  const { year, month, day, time } = parts;
  if (precision === "year") return `${year}-01-01`;
  if (precision === "month") return `${year}-${month}-01`;
  if (precision === "day") return `${year}-${month}-${day}`;
  return `${year}-${month}-${day}T${time}Z`;
}

/** What a date input of the precision's type shows for a stored date ("2021-08" for month). */
export function inputDate(value: string, precision: Precision): string {
  const parts = partsOf(value);
  if (!parts) return "";
  const { year, month, day, time } = parts;
  if (precision === "year") return String(Number(year));
  if (precision === "month") return `${year}-${month}`;
  if (precision === "day") return `${year}-${month}-${day}`;
  return `${year}-${month}-${day}T${time}`;
}

/** The stored date for what a precision's input holds: a year number becomes "2021-01-01". */
export function dateFromInput(input: string, precision: Precision): string {
  if (input.trim() === "") return "";
  if (precision === "year") {
    const year = Number(input);
    if (!Number.isInteger(year)) return input;
    return `${year < 0 ? "-" : ""}${String(Math.abs(year)).padStart(4, "0")}-01-01`;
  }
  return datasetDate(input, precision);
}

/** The suggestion's date as the draft holds it: dataset-format dates, no empty `end`. */
export function whenOfSuggestion(suggestion: {
  readonly when: Omit<DraftWhen, "basis"> & { readonly basis: DraftWhen["basis"] };
}): DraftWhen {
  const { start, end, precision, approximate, basis, note } = suggestion.when;
  return {
    start: datasetDate(start, precision),
    ...(end ? { end: datasetDate(end, precision) } : {}),
    precision,
    approximate,
    basis,
    note,
  };
}
