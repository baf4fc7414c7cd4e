import { formatCount } from "../domain/count";
import { countryName } from "../domain/countries";
import { parseIsoDateOrTime } from "../domain/dates";
import type { Precision } from "../domain/types";
import { MAX_SHOWN_DEPTH, nestingDepth } from "./nesting-depth";
import { showControls } from "../domain/bidi";

// What a dataset problem says after its path: the value as written, what is wrong with it and
// how to mend it, so a person fixing a file by hand needs no other page.

/** A value as the file writes it, cut short when long (a whole paragraph helps no one). */
export function quoted(value: unknown): string {
  const json = showControls(asJson(value));
  return json.length > 80 ? `${json.slice(0, 76)}…${json.slice(-3)}` : json;
}

function asJson(value: unknown): string {
  // Only both ends of a long string are shown: never write out all of a 40 MB title to cut it.
  if (typeof value === "string" && value.length > 200) {
    return JSON.stringify(`${value.slice(0, 100)}${value.slice(-10)}`);
  }
  const kind = Array.isArray(value) ? "a list" : "a value";
  // Measured first: JSON.stringify of a value nested 10,000 deep runs out of stack.
  const depth = nestingDepth(value);
  // A value that contains itself (built in code, never read from JSON) has no JSON to show.
  if (depth === Infinity) return `${kind} that contains itself`;
  if (depth > MAX_SHOWN_DEPTH) return `${kind} nested ${formatCount(depth)} levels deep`;
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return kind;
  }
}

/** Why a string is not an event id, and how to make it one. */
export function idProblem(value: string): string {
  return value.length > 200
    ? `${quoted(value)} is not an id: use at most 200 lower-case letters, digits, - and _`
    : `${quoted(value)} is not an id: use lower-case letters, digits, - and _`;
}

/** Why a date does not read at its precision: a time at a coarser one is the common slip. */
export function dateProblem(value: string, precision: Precision): string {
  if (precision !== "minute" && parseIsoDateOrTime(value) !== undefined) {
    return `${quoted(value)} has a time: a time needs "precision": "minute"`;
  }
  return precision === "minute"
    ? `${quoted(value)} is not a date or time: write YYYY-MM-DD or a UTC time YYYY-MM-DDTHH:MMZ`
    : `${quoted(value)} is not a date: write YYYY-MM-DD, e.g. "2021-08-19"`;
}

// Codes people write for a country whose ISO code is another: the United Kingdom's own "UK",
// the EU's "EL" for Greece, and France's old metropolitan "FX".
const MISTAKEN: Readonly<Record<string, string>> = { UK: "GB", EL: "GR", FX: "FR" };
// Names said with "the" ("the United Kingdom", "the Netherlands").
const WITH_THE = /^United |^(Netherlands|Philippines|Bahamas|Gambia)$| Islands$| Republic$/;

/** Why a code is not an ISO 3166-1 alpha-2 country code, naming the country meant if we know it. */
export function countryProblem(code: string): string {
  const meant = MISTAKEN[code.trim().toUpperCase()];
  const name = meant && countryName(meant);
  if (meant && name) {
    return `${quoted(code)} is not a country code; ${WITH_THE.test(name) ? "the " : ""}${name} is "${meant}"`;
  }
  return `${quoted(code)} is not a country code: use an ISO 3166-1 alpha-2 code, e.g. "AF" for Afghanistan`;
}

/** Why an address is refused, and what to give instead. */
export function addressProblem(value: string): string {
  return /^https?:\/\//i.test(value)
    ? `${quoted(value)} is not a well-formed address: mend it (a stray "[", a space in the host?), or leave the field out`
    : `${quoted(value)} is not an http(s) address: give one that starts with https://`;
}
