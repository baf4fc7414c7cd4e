/** The columns of an ACLED export, in ACLED's order (its codebook's names). */
export const ACLED_COLUMNS = [
  "event_id_cnty",
  "event_date",
  "year",
  "time_precision",
  "disorder_type",
  "event_type",
  "sub_event_type",
  "actor1",
  "assoc_actor_1",
  "inter1",
  "actor2",
  "assoc_actor_2",
  "inter2",
  "interaction",
  "civilian_targeting",
  "iso",
  "region",
  "country",
  "admin1",
  "admin2",
  "admin3",
  "location",
  "latitude",
  "longitude",
  "geo_precision",
  "source",
  "source_scale",
  "notes",
  "fatalities",
  "tags",
  "timestamp",
] as const;

export type AcledColumn = (typeof ACLED_COLUMNS)[number];

/**
 * The columns an export must have to be read as ACLED's: enough to name, date and place an event.
 * The rest may be left out of a trimmed export (ACLED's export tool lets one pick columns).
 */
export const REQUIRED_ACLED_COLUMNS: readonly AcledColumn[] = [
  "event_id_cnty",
  "event_date",
  "time_precision",
  "event_type",
  "sub_event_type",
  "country",
  "location",
];

/** Whether a header row is an ACLED export's: its required columns, in any order and case. */
export function isAcledHeader(cells: readonly string[]): boolean {
  const names = new Set(cells.map((cell) => cell.trim().toLowerCase()));
  return REQUIRED_ACLED_COLUMNS.every((column) => names.has(column));
}

/** Where each ACLED column is in a header row; the first wins when a name is repeated. */
export function acledColumnIndex(cells: readonly string[]): ReadonlyMap<AcledColumn, number> {
  const index = new Map<AcledColumn, number>();
  cells.forEach((cell, at) => {
    const name = cell.trim().toLowerCase();
    if (isAcledColumn(name) && !index.has(name)) index.set(name, at);
  });
  return index;
}

const KNOWN: ReadonlySet<string> = new Set(ACLED_COLUMNS);

function isAcledColumn(name: string): name is AcledColumn {
  return KNOWN.has(name);
}
