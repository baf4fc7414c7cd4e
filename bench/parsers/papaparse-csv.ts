// The CSV reader's contender: Papa Parse in its ordinary settings, behind our reader's interface,
// so that `npm run bench:parsers:libraries` can run tests/data/csv.test.ts against it unchanged.
import Papa from "papaparse";
import type { CsvRecord } from "../../src/data/csv.js";

// ".js": the libraries config points every "…/src/data/csv" at this file, so ours is reached by
// another name.
export { toCsv } from "../../src/data/csv.js";

/**
 * parseCsv's answer, from Papa Parse. Papa gives no line numbers: records are numbered in order,
 * so after a multi-line cell or an empty line they name the wrong line.
 */
export function parseCsv(
  text: string,
): { ok: true; records: CsvRecord[] } | { ok: false; problem: string } {
  const result = Papa.parse<string[]>(text, { skipEmptyLines: true });
  const stop = result.errors.find((error) => error.code === "MissingQuotes");
  if (stop) return { ok: false, problem: `line ${(stop.row ?? 0) + 1}: ${stop.message}` };
  return { ok: true, records: result.data.map((cells, index) => ({ line: index + 1, cells })) };
}
