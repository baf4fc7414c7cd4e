import type { Dataset, TimelineEvent, TimeWindow } from "../../domain/types";
import { sourcelineDocument } from "./to-sourceline-json";

/** A column with at most this share of distinct values is written as a dictionary. */
const DICTIONARY_UP_TO = 0.25;

type Row = Record<string, unknown>;

/**
 * The shown events in our columnar layout (docs/dataset-format.md, "Columns"): the same document
 * as the JSON export, with `events` as one array per field, repeated values (countries, kind,
 * precision) as dictionaries, and every character past ASCII escaped, so the file is about half
 * the size and the browser decodes it one byte per character.
 */
export function toSourcelineColumns(
  dataset: Dataset,
  events: readonly TimelineEvent[],
  window?: TimeWindow,
): string {
  const { events: rows, ...rest } = sourcelineDocument(dataset, events, window);
  const document = { ...rest, layout: "columns", events: columnsOf(rows) };
  return `${asciiOnly(JSON.stringify(document))}\n`;
}

/** The rows' fields as columns, `when`'s fields as `when.<field>`, `null` where a row has none. */
export function columnsOf(
  rows: readonly Row[],
  { dictionaries }: { dictionaries?: readonly string[] } = {},
): Record<string, unknown> {
  const names: string[] = [];
  const seen = new Set<string>();
  for (const row of rows) {
    for (const [field, value] of Object.entries(row)) {
      const fieldNames =
        field === "when" && isRow(value)
          ? Object.keys(value).map((inner) => `when.${inner}`)
          : [field];
      for (const name of fieldNames) {
        if (!seen.has(name)) {
          seen.add(name);
          names.push(name);
        }
      }
    }
  }
  const columns: Record<string, unknown> = {};
  for (const name of names) {
    const [field, inner] = name.split(".") as [string, string | undefined];
    const values = rows.map((row) => {
      const value = inner === undefined ? row[field] : (row[field] as Row | undefined)?.[inner];
      return value === undefined ? null : value;
    });
    columns[name] =
      name === "id"
        ? values
        : name === "quotes" && !dictionaries
          ? quoteTable(values)
          : !dictionaries || dictionaries.includes(name)
            ? dictionaryOrList(values)
            : values;
  }
  return columns;
}

/** The quotations as their own table: how many each event has, then a column per field. */
function quoteTable(lists: readonly unknown[]): unknown {
  const counts = lists.map((list) => (Array.isArray(list) ? list.length : 0));
  const quotes = lists.flatMap((list) => (Array.isArray(list) ? (list as Row[]) : []));
  return { counts, ...columnsOf(quotes, { dictionaries: ["sourceId", "speaker", "status"] }) };
}

// Repeated values (a country list, a kind) are written once and pointed at by position; lists
// of mostly distinct values (titles, summaries, quotations) stay lists.
function dictionaryOrList(values: readonly unknown[]): unknown {
  const positions = new Map<string, number>();
  const distinct: unknown[] = [];
  const codes: (number | null)[] = [];
  const limit = Math.max(1, Math.floor(values.length * DICTIONARY_UP_TO));
  for (const value of values) {
    if (value === null) {
      codes.push(null);
      continue;
    }
    const key = typeof value === "string" ? value : `\u0000${JSON.stringify(value)}`;
    let code = positions.get(key);
    if (code === undefined) {
      if (distinct.length >= limit) return values;
      code = distinct.length;
      positions.set(key, code);
      distinct.push(value);
    }
    codes.push(code);
  }
  return { values: distinct, codes };
}

// JSON text holds non-ASCII characters only inside strings, where \uXXXX means the same.
function asciiOnly(json: string): string {
  return json.replace(
    /[\u007f-\uffff]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

function isRow(value: unknown): value is Row {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
