import { parseIsoDateOrTime } from "../domain/dates";

/**
 * The events' start times, sorted, read from a dataset as soon as it is parsed and before it is
 * checked or built (which take most of a large dataset's loading): enough for the loading screen
 * to draw when the events happen while the rest is read. Lenient, since nothing is checked yet:
 * a start that is not a date is left out, and the checks that follow still refuse the dataset.
 * Undefined when the document has no events to tell by.
 */
export function previewStarts(json: unknown): Float64Array | undefined {
  if (!isRecord(json)) return undefined;
  const { events } = json;
  const starts = Array.isArray(events)
    ? events.map((event: unknown) =>
        isRecord(event) && isRecord(event.when) ? event.when.start : undefined,
      )
    : isRecord(events)
      ? columnValues(events["when.start"])
      : undefined;
  if (!starts || starts.length === 0) return undefined;
  const times = new Float64Array(starts.length);
  let count = 0;
  for (const start of starts) {
    const time = typeof start === "string" ? parseIsoDateOrTime(start) : undefined;
    if (time !== undefined) times[count++] = time;
  }
  return count === 0 ? undefined : times.subarray(0, count).sort();
}

/** A column's values: a list as it is, a dictionary column (`values` and `codes`) looked up. */
function columnValues(column: unknown): readonly unknown[] | undefined {
  if (Array.isArray(column)) return column;
  if (!isRecord(column) || !Array.isArray(column.values) || !Array.isArray(column.codes)) {
    return undefined;
  }
  const { values, codes } = column;
  return codes.map((code: unknown) => (typeof code === "number" ? values[code] : undefined));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * The start times of a streamed export's rows, gathered as they are converted and told, sorted,
 * each time their count doubles from `first` (5,000, 10,000, 20,000, …): the loading screen
 * draws when the events happen within the first seconds of a long download, and sorting them
 * all again each time costs the Worker about twice one sort. Once every row is read, the whole
 * set is told by the reading itself (`soFar` false).
 */
export function streamedStarts(
  tell: (starts: Float64Array, soFar: boolean) => void,
  first = 5_000,
): (start: unknown) => void {
  let times = new Float64Array(first);
  let count = 0;
  let next = first;
  return (start) => {
    const time = typeof start === "string" ? parseIsoDateOrTime(start) : undefined;
    if (time === undefined) return;
    if (count === times.length) {
      const grown = new Float64Array(times.length * 2);
      grown.set(times);
      times = grown;
    }
    times[count++] = time;
    if (count === next) {
      next *= 2;
      tell(times.slice(0, count).sort(), true);
    }
  };
}
