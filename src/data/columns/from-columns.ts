/**
 * Sourceline's columnar layout for large datasets (docs/dataset-format.md, "Columns"): the same
 * document, but `events` is an object of columns, one array per field, all as long as `id`.
 * Names like `when.start` are fields of `when`. A column may be a dictionary,
 * `{ "values": [...], "codes": [...] }`, for fields with few distinct values (countries, kind,
 * precision). `null` leaves a field out for that event.
 *
 * Reading turns the columns back into the event objects of the usual layout, so the one
 * validation and building path checks them, with the same messages and paths (`events[12].when`).
 */
export const COLUMNS_LAYOUT = "columns";

type Json = unknown;
type Converted =
  | { readonly ok: true; readonly json: Json }
  | { readonly ok: false; readonly problems: readonly string[] };

/** How many events a columnar document holds, before it is converted (for the size limit). */
export function columnarCount(json: { events: unknown }): number {
  const ids = isObject(json.events) ? json.events.id : undefined;
  return Array.isArray(ids) ? ids.length : 0;
}

const MAX_LISTED = 20;
const FIELD_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** The document in the usual layout, or what in its columns cannot be read. */
export function rowsFromColumns(json: { layout: string; events: unknown }): Converted {
  const { layout: _layout, events: table, ...rest } = json;
  if (!isObject(table)) {
    return fail(["events: in the columns layout, events is an object of columns, one per field."]);
  }
  const ids = table.id;
  if (!Array.isArray(ids)) return fail(["events.id: the id column is missing or not a list."]);
  const count = ids.length;
  const problems: string[] = [];
  const columns: { path: readonly string[]; at: (i: number) => Json }[] = [];
  for (const [name, column] of Object.entries(table)) {
    const at = reader(name, column, count, problems);
    if (at) columns.push({ path: name.split("."), at });
  }
  if (problems.length > 0) return fail(problems.slice(0, MAX_LISTED));
  const events = new Array<Record<string, Json>>(count);
  for (let i = 0; i < count; i++) {
    const event: Record<string, Json> = {};
    for (const { path, at } of columns) {
      const value = at(i);
      if (value === null || value === undefined) continue;
      place(event, path, value);
    }
    events[i] = event;
  }
  return { ok: true, json: { ...rest, events } };
}

/** How to read a column's value at a position, or undefined (with a problem) if it cannot be. */
function reader(
  name: string,
  column: unknown,
  count: number,
  problems: string[],
  path = `events.${name}`,
  of = "events",
): ((i: number) => Json) | undefined {
  const parts = name.split(".");
  // Plain field names only: "__proto__" as a column would otherwise set an event's prototype.
  if (parts.length > 2 || !parts.every((part) => FIELD_NAME.test(part) && part !== "__proto__")) {
    problems.push(`events["${name}"]: a column is named by a field, or by when.<field>.`);
    return undefined;
  }
  if (name === "quotes" && isObject(column) && "counts" in column) {
    return quoteTable(column, count, problems);
  }
  if (Array.isArray(column)) {
    if (column.length !== count) {
      problems.push(`${path}: it has ${column.length} values; there are ${count} ${of}.`);
      return undefined;
    }
    return (i) => column[i];
  }
  if (isObject(column) && Array.isArray(column.values) && Array.isArray(column.codes)) {
    const { values, codes } = column;
    if (codes.length !== count) {
      problems.push(`${path}.codes: it has ${codes.length} codes; there are ${count} ${of}.`);
      return undefined;
    }
    const bad = codes.findIndex(
      (code) => code !== null && !(Number.isInteger(code) && code >= 0 && code < values.length),
    );
    if (bad >= 0) {
      problems.push(
        `${path}.codes[${bad}]: ${JSON.stringify(codes[bad])} is not a position in its ${values.length} values.`,
      );
      return undefined;
    }
    return (i) => {
      const code = codes[i] as number | null;
      return code === null ? null : values[code];
    };
  }
  problems.push(`${path}: a column is a list of values, or { "values": [...], "codes": [...] }.`);
  return undefined;
}

/**
 * The quotations as a table of their own: `counts` says how many each event has, and each of
 * their fields is a column over all quotations in event order (so offsets are plain numbers in
 * one list, not a field name per quotation).
 */
function quoteTable(
  table: Record<string, unknown>,
  count: number,
  problems: string[],
): ((i: number) => Json) | undefined {
  const { counts, ...fields } = table;
  const before = problems.length;
  if (!Array.isArray(counts) || counts.length !== count) {
    problems.push(
      `events.quotes.counts: it is needed, one number per event (${count}), in the quotations' table.`,
    );
    return undefined;
  }
  const firsts = new Array<number>(count + 1);
  firsts[0] = 0;
  for (let i = 0; i < count; i++) {
    const n = counts[i];
    if (!(Number.isInteger(n) && (n as number) >= 0)) {
      problems.push(
        `events.quotes.counts[${i}]: ${JSON.stringify(n)} is not a number of quotations.`,
      );
      return undefined;
    }
    firsts[i + 1] = (firsts[i] as number) + (n as number);
  }
  const total = firsts[count] as number;
  const readers: { field: string; at: (i: number) => Json }[] = [];
  for (const [field, column] of Object.entries(fields)) {
    if (!FIELD_NAME.test(field) || field === "__proto__") {
      problems.push(`events.quotes["${field}"]: a quotation's column is named by its field.`);
      continue;
    }
    const at = reader(field, column, total, problems, `events.quotes.${field}`, "quotations");
    if (at) readers.push({ field, at });
  }
  if (problems.length > before) return undefined;
  return (i) => {
    const quotes: Record<string, Json>[] = [];
    for (let q = firsts[i] as number; q < (firsts[i + 1] as number); q++) {
      const quote: Record<string, Json> = {};
      for (const { field, at } of readers) {
        const value = at(q);
        if (value !== null && value !== undefined) quote[field] = value;
      }
      quotes.push(quote);
    }
    return quotes;
  };
}

function place(event: Record<string, Json>, path: readonly string[], value: Json) {
  const [field, inner] = path as [string, string | undefined];
  if (inner === undefined) {
    event[field] = value;
    return;
  }
  const nested = isObject(event[field]) ? (event[field] as Record<string, Json>) : {};
  nested[inner] = value;
  event[field] = nested;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function fail(problems: readonly string[]): Converted {
  return { ok: false, problems };
}
