import { isCountryCode } from "../domain/countries";

// Values that repeat across events (kinds, notes, actor lists) are kept once: a 100,000-event
// dataset otherwise holds 100,000 copies of "diplomacy".
export interface SharedValues {
  readonly strings: Map<string, string>;
  readonly lists: Map<string, readonly string[]>;
  readonly countrySets: Map<string, readonly string[]>;
}

/** An empty store of shared values, for one dataset's build. */
export function createSharedValues(): SharedValues {
  return { strings: new Map(), lists: new Map(), countrySets: new Map() };
}

/** The one copy of a short string. */
export function intern(shared: SharedValues, value: string): string {
  if (value.length > 200) return value;
  const known = shared.strings.get(value);
  if (known !== undefined) return known;
  shared.strings.set(value, value);
  return value;
}

/** The one frozen copy of a list of strings. */
export function internList(shared: SharedValues, values: readonly string[]): readonly string[] {
  // Most lists hold one value or none: the value itself is the key, no joined copy needed.
  const key = values.length === 1 ? (values[0] as string) : values.join("\u0001");
  const known = shared.lists.get(key);
  if (known) return known;
  const list = Object.freeze(values.map((value) => intern(shared, value)));
  shared.lists.set(key, list);
  return list;
}

/**
 * The event's countries, upper case, unique and sorted, as one array shared by every event with
 * the same set (a large dataset has few distinct sets); undefined when a code is not a country.
 */
export function countrySet(
  codes: readonly string[],
  shared: SharedValues,
): readonly string[] | undefined {
  const sets = shared.countrySets;
  const key = codes.length === 1 ? (codes[0] as string) : codes.join(",");
  const known = sets.get(key);
  if (known) return known;
  const upper = codes.map((code) => code.trim().toUpperCase());
  if (!upper.every(isCountryCode)) return undefined;
  const set = Object.freeze([...new Set(upper)].sort());
  sets.set(key, set);
  return set;
}
