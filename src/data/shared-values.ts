import { isCountryCode } from "../domain/countries";

// Values that repeat across events (kinds, notes, actor lists) are kept once: a 100,000-event
// dataset otherwise holds 100,000 copies of "diplomacy".
export interface SharedValues {
  readonly strings: Map<string, string>;
  readonly lists: ListNode;
  readonly countrySets: ListNode;
}

/**
 * Lists are found by walking their values one by one, not by a joined key: no key string is built
 * for each of 100,000 events, and [] and [""] stay apart.
 */
interface ListNode {
  list?: readonly string[];
  next?: Map<string, ListNode>;
}

/** An empty store of shared values, for one dataset's build. */
export function createSharedValues(): SharedValues {
  return { strings: new Map(), lists: {}, countrySets: {} };
}

function nodeOf(root: ListNode, values: readonly string[]): ListNode {
  let node = root;
  for (const value of values) {
    node.next ??= new Map();
    let child = node.next.get(value);
    if (!child) {
      child = {};
      node.next.set(value, child);
    }
    node = child;
  }
  return node;
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
  const node = nodeOf(shared.lists, values);
  node.list ??= Object.freeze(values.map((value) => intern(shared, value)));
  return node.list;
}

/**
 * The event's countries, upper case, unique and sorted, as one array shared by every event with
 * the same set (a large dataset has few distinct sets); undefined when a code is not a country.
 */
export function countrySet(
  codes: readonly string[],
  shared: SharedValues,
): readonly string[] | undefined {
  const node = nodeOf(shared.countrySets, codes);
  if (node.list) return node.list;
  const upper = codes.map((code) => code.trim().toUpperCase());
  if (!upper.every(isCountryCode)) return undefined;
  node.list = Object.freeze([...new Set(upper)].sort());
  return node.list;
}
