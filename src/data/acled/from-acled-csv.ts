import { isEventId } from "../../domain/event-id";
import type { CsvRecord } from "../csv";
import type { ConvertedTimeline } from "../timelinejs/from-timelinejs";
import { timelineSlug } from "../timelinejs/slug";
import {
  ACLED_COLUMNS,
  acledColumnIndex,
  isAcledHeader,
  REQUIRED_ACLED_COLUMNS,
  type AcledColumn,
} from "./acled-columns";
import { acledCountryReader } from "./acled-country";
import { readAcledWhen } from "./acled-date";

type Json = Record<string, unknown>;
type Cell = (column: AcledColumn) => string;

/** What one row of an export gives: an event in our format, a reason to skip it, or nothing. */
export type AcledRow = { event: Json } | { skipped: string } | undefined;

/**
 * A reader of an export's rows, one at a time (so rows can be read as they stream in), given
 * its header; undefined when the header is not ACLED's. It keeps ids unique across the rows it
 * reads. Blank rows give nothing.
 */
export function acledRowReader(
  header: readonly string[],
): ((cells: readonly string[], line: number) => AcledRow) | undefined {
  if (!isAcledHeader(header)) return undefined;
  const index = acledColumnIndex(header);
  // Positions looked up once, not per cell: a million rows read fifteen cells each.
  const columns = Object.fromEntries(
    ACLED_COLUMNS.map((column) => [column, index.get(column) ?? -1]),
  ) as Record<AcledColumn, number>;
  const countryOf = acledCountryReader();
  const ids = new Set<string>();
  return (cells, line) => {
    if (cells.every((value) => value.trim() === "")) return undefined;
    const cell: Cell = (column) => (cells[columns[column]] ?? "").trim();
    const when = readAcledWhen(cell("event_date"), cell("time_precision"));
    if (!when.ok) return { skipped: `line ${line}, column ${when.column}: ${when.problem}` };
    const country = countryOf(cell("iso"), cell("country"));
    const kind = cell("event_type");
    const group = cell("sub_event_type");
    const citation = citationOf(cell);
    const event: Json = {
      id: uniqueId(ids, cell("event_id_cnty"), line),
      title: titleOf(cell),
      summary: summaryOf(cell),
      ...(kind ? { kind } : {}),
      countries: country ? [country] : [],
      actors: actorsOf(cell),
      when: {
        start: when.start,
        precision: when.precision,
        approximate: when.approximate,
        basis: "external",
        note: when.note,
      },
      ...(group ? { group } : {}),
      ...(citation ? { citation } : {}),
    };
    return { event };
  };
}

/**
 * Converts an ACLED export (one row per event, ACLED's column names) into our dataset format:
 * `event_type` the kind, `sub_event_type` the group, actors as actors, `notes` (with fatalities
 * and place) the summary, `source` the citation. Rows that cannot be read are skipped, each
 * with its line and column.
 */
export function fromAcledCsv(
  records: readonly CsvRecord[],
  name: string,
): { ok: true; timeline: ConvertedTimeline } | { ok: false; problems: string[] } {
  const [header, ...rows] = records;
  const read = header && acledRowReader(header.cells);
  if (!read) {
    return {
      ok: false,
      problems: [
        `line 1: the columns are not an ACLED export's; it needs ${REQUIRED_ACLED_COLUMNS.join(", ")}`,
      ],
    };
  }
  const events: Json[] = [];
  const skipped: string[] = [];
  for (const record of rows) {
    const row = read(record.cells, record.line);
    if (row && "event" in row) events.push(row.event);
    else if (row) skipped.push(row.skipped);
  }
  return {
    ok: true,
    timeline: {
      json: {
        title: name,
        description: "Events from an ACLED export.",
        sources: [],
        eras: [],
        events,
      },
      skipped,
    },
  };
}

/** "Armed clash in Exampleville": what happened and where, as a headline reads. */
function titleOf(cell: Cell): string {
  const what = cell("sub_event_type") || cell("event_type") || "Event";
  const where = cell("location") || cell("admin1") || cell("country");
  return where ? `${what} in ${where}` : what;
}

/** The notes, then what the notes may leave out: the fatalities and the place in full. */
function summaryOf(cell: Cell): string {
  const fatalities = cell("fatalities");
  const named = [
    cell("location"),
    cell("admin3"),
    cell("admin2"),
    cell("admin1"),
    cell("country"),
  ].filter((part) => part !== "");
  // An admin area often has its capital's name: "Kabul, Kabul" says it once too often.
  const place = named.filter((part, index) => part !== named[index - 1]);
  return [
    cell("notes"),
    fatalities ? `Fatalities reported: ${fatalities}.` : "",
    place.length > 0 ? `Place: ${place.join(", ")}.` : "",
  ]
    .filter((line) => line !== "")
    .join("\n\n");
}

const ACTOR_COLUMNS = ["actor1", "assoc_actor_1", "actor2", "assoc_actor_2"] as const;

/** Both sides and those associated with them; ACLED lists associates separated by ";". */
function actorsOf(cell: Cell): string[] {
  // A loop rather than split/Set chains: a million rows name one or two actors each.
  const actors: string[] = [];
  for (const column of ACTOR_COLUMNS) {
    const value = cell(column);
    if (value === "") continue;
    for (const part of value.includes(";") ? value.split(";") : [value]) {
      const actor = part.trim();
      if (actor !== "" && !actors.includes(actor)) actors.push(actor);
    }
  }
  return actors;
}

/** ACLED's own id and the reports it codes the event from, as an imported timeline's credit. */
function citationOf(cell: Cell): Json | undefined {
  const source = cell("source");
  const id = cell("event_id_cnty");
  if (!source && !id) return undefined;
  return { title: id ? `ACLED ${id}` : "ACLED", url: "", credit: source };
}

const PLAIN_ID = /^[A-Za-z][A-Za-z0-9]{0,199}$/;

/**
 * Our id for ACLED's `event_id_cnty` ("AFG12345" becomes "afg12345"), slugged as TimelineJS ids
 * are so that it can go in a link; a blank or unusable one is named by its line. Kept unique.
 */
function uniqueId(taken: Set<string>, acledId: string, line: number): string {
  // ACLED's ids are letters then digits ("AFG12345"), which slug to themselves in lower case.
  const slug = PLAIN_ID.test(acledId) ? acledId.toLowerCase() : timelineSlug(acledId);
  const base = isEventId(slug) ? slug : `line-${line}`;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}
