/** What IndexedDB holds about a kept file, apart from its text. */
export interface StoredEntry {
  readonly id: string;
  readonly name: string;
  readonly savedAt: number;
}

// A name is shown in the header and in messages: one longer than any real file name is damage.
const MAX_NAME = 1000;

/** A stored record read back as an entry, or undefined when it is not one this app wrote. */
export function readStoredEntry(value: unknown): StoredEntry | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const { id, name, savedAt } = value as Record<string, unknown>;
  if (typeof id !== "string" || !/^[0-9a-z-]{1,64}$/.test(id)) return undefined;
  if (typeof name !== "string" || name.length === 0 || name.length > MAX_NAME) return undefined;
  if (typeof savedAt !== "number" || !Number.isFinite(savedAt)) return undefined;
  return { id, name, savedAt };
}

/** What is wrong with a stored value, in words: "its name is an object, not text". */
export function describeStoredValue(value: unknown, what: "record" | "text"): string {
  if (what === "text") return `its text is ${kindOf(value)}, not text`;
  if (typeof value !== "object" || value === null || Array.isArray(value))
    return `its record is ${kindOf(value)}, not a record`;
  const { id, name, savedAt } = value as Record<string, unknown>;
  if (typeof id !== "string") return `its id is ${kindOf(id)}, not text`;
  if (typeof name !== "string") return `its name is ${kindOf(name)}, not text`;
  if (name.length === 0 || name.length > MAX_NAME) return "its name is empty or far too long";
  if (typeof savedAt !== "number") return `its date saved is ${kindOf(savedAt)}, not a number`;
  if (!Number.isFinite(savedAt)) return "its date saved is not a finite number";
  return "its id is not one this app gives";
}

function kindOf(value: unknown): string {
  if (value === undefined) return "missing";
  if (value === null) return "empty (null)";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "an object";
  if (typeof value === "string") return "text";
  return `a ${typeof value}`;
}
