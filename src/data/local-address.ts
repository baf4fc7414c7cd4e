// Apart from local-files.ts, which loads when a file is opened or a `local:` link is followed:
// the built-in view asks only whether an address names a kept file (issue 13's bundle rule).

/** The `data` value that names a file kept in this browser. */
export const LOCAL_PREFIX = "local:";

/** Whether the `data` value names a file kept in this browser (`local:<id>`). */
export function isLocalData(data: string | undefined): data is string {
  return data !== undefined && data.startsWith(LOCAL_PREFIX);
}
