import type { Precision } from "../../domain/types";
import { quoted } from "../problem-words";

/** An ACLED event's date as our dataset writes it, or the problem with the cells. */
export type AcledWhen =
  | { ok: true; start: string; precision: Precision; approximate: boolean; note: string }
  | { ok: false; column: "event_date" | "time_precision"; problem: string };

const MONTHS = [
  "january", "february", "march", "april", "may", "june",
  "july", "august", "september", "october", "november", "december",
]; // prettier-ignore

const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
// Older exports write "15 August 2021"; some tools save it as "15-August-2021" or "15 Aug 2021".
const WORDS_DATE = /^(\d{1,2})[ -]([a-z]+)[ -](\d{4})$/i;

// ACLED's codebook: 1 = the day is known, 2 = within about a week, 3 = within about a month.
// A blank cell is read as 1, the codebook's default.
const NOTES: Readonly<Record<string, string>> = {
  "1": "As dated in the ACLED export",
  "2": "ACLED dates it within a week of this day",
  "3": "ACLED dates it within this month",
};

/**
 * Reads `event_date` (ISO `2021-08-15`, or `15 August 2021` as older exports write it) at the
 * precision `time_precision` gives: 1 that day, 2 that day approximately (the week around it),
 * 3 its month approximately.
 */
export function readAcledWhen(eventDate: string, timePrecision: string): AcledWhen {
  const code = timePrecision.trim() || "1";
  const note = NOTES[code];
  if (note === undefined) {
    return {
      ok: false,
      column: "time_precision",
      problem: `${quoted(timePrecision.trim())} is not a time precision: ACLED uses 1 (the day), 2 (within a week) or 3 (within a month)`,
    };
  }
  const parts = dateParts(eventDate.trim());
  if (!parts) {
    return {
      ok: false,
      column: "event_date",
      problem: eventDate.trim()
        ? `${quoted(eventDate.trim())} is not a date: give it as 2021-08-15 or 15 August 2021`
        : "is empty: give the event's date, as 2021-08-15 or 15 August 2021",
    };
  }
  const { year, month, day } = parts;
  if (code === "3") {
    return {
      ok: true,
      start: `${year}-${pad(month)}-01`,
      precision: "month",
      approximate: true,
      note,
    };
  }
  const start = `${year}-${pad(month)}-${pad(day)}`;
  return { ok: true, start, precision: "day", approximate: code === "2", note };
}

function dateParts(text: string): { year: string; month: number; day: number } | undefined {
  const iso = ISO_DATE.exec(text);
  const words = iso ? undefined : WORDS_DATE.exec(text);
  let year: string;
  let month: number;
  let day: number;
  if (iso) {
    [year, month, day] = [iso[1] ?? "", Number(iso[2]), Number(iso[3])];
  } else if (words) {
    const name = (words[2] ?? "").toLowerCase();
    // A whole month name, or its first three letters ("Aug"; "Sept" too).
    const index = MONTHS.findIndex(
      (full) => full === name || (name.length >= 3 && full.startsWith(name)),
    );
    [year, month, day] = [words[3] ?? "", index + 1, Number(words[1])];
  } else {
    return undefined;
  }
  if (month < 1 || month > 12 || day < 1 || day > daysIn(Number(year), month)) return undefined;
  return { year, month, day };
}

function daysIn(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function pad(value: number): string {
  return String(value).padStart(2, "0");
}
