import { isHttpAddress } from "./address";
import { FIELD_CAPS, fitAddress, fitText } from "./field-caps";
import { formatCount } from "../domain/count";
import { parseIsoDate } from "../domain/dates";
import { sortEvents } from "../domain/event-order";
import { toWellFormedText } from "../domain/well-formed-text";
import { addressProblem, dateProblem, quoted } from "./problem-words";
import type {
  Dataset,
  DatasetWarning,
  Era,
  Source,
  TimelineEvent,
  TimeWindow,
} from "../domain/types";
import type { RawDataset, RawSource } from "./dataset-schema";
import { createSharedValues } from "./shared-values";
import { showControls } from "../domain/bidi";
import type { PlaceByWords } from "./place-quote";
import type { QuoteChecks } from "./quote-checks";
import { buildEvent, endBeforeStart, eventAt, parseDate, type BuildContext } from "./build-event";

const MAX_WARNINGS = 50;

/**
 * Checks what a schema cannot (unique ids, real dates and countries, quotes that match their
 * source word for word) and builds the domain dataset, or lists every problem found. A quotation
 * without offsets is found by its words with `placeByWords` (see quoteFinderFor); `checks` say
 * which texts changed since they were quoted and re-anchor what strayed (see quoteChecksFor).
 */
export function buildDataset(
  raw: RawDataset,
  texts: ReadonlyMap<string, string>,
  positions?: Positions,
  placeByWords?: PlaceByWords,
  checks?: QuoteChecks,
): { ok: true; dataset: Dataset } | { ok: false; problems: string[] } {
  const problems: string[] = [];
  const warnings: DatasetWarning[] = [];
  // Fields cut to size, listed apart from the quotations that needed attention.
  const notices: DatasetWarning[] = [];
  const sources: Source[] = [];
  const sourceIds = new Map<string, number>();
  raw.sources.forEach((source, index) => {
    const at = `sources[${index}]`;
    const first = sourceIds.get(source.id);
    if (first !== undefined) {
      problems.push(
        `${at}.id: ${quoted(source.id)} is the id of sources[${first}] too: give each source its own id`,
      );
    } else sourceIds.set(source.id, index);
    if (parseIsoDate(source.publishedAt) === undefined) {
      problems.push(`${at}.publishedAt: ${dateProblem(source.publishedAt, "day")}`);
    }
    const url = fitAddress(source.url, () => `${at}.url`, notices);
    if (url && !isHttpAddress(url)) problems.push(`${at}.url: ${addressProblem(url)}`);
    let text = texts.get(source.id) ?? source.text;
    if (text !== undefined && text.length > FIELD_CAPS.sourceText) {
      // Refused, not cut: the quotations point into it, and a cut would lose the words they mark.
      problems.push(
        `${at}.text: is ${formatCount(text.length)} characters long; this app shows source texts up to ${formatCount(FIELD_CAPS.sourceText)}: split it into several sources`,
      );
    } else if (text !== undefined) text = toWellFormedText(text);
    if (text === undefined) {
      problems.push(
        source.textUrl
          ? `${at}.textUrl: the text at ${quoted(source.textUrl)} was not loaded`
          : `${at}: has neither text nor textUrl: give the article's words as "text", or their address as "textUrl"`,
      );
    }
    const { textUrl: _textUrl, text: _text, archiveUrl: _, archivedAt: __, ...rest } = source;
    const title = fitText(source.title, FIELD_CAPS.sourceTitle, () => `${at}.title`, notices);
    if (checks?.changed.has(source.id)) {
      // Said of the source by its title in full, as the reader knows it (not cut as a value is).
      warnings.push({
        kind: "text-changed",
        text: `This source's text has changed since it was quoted: “${showControls(title)}” (${at}); its quotations were checked again against the text loaded now`,
      });
    }
    sources.push({
      ...rest,
      ...(source.textSha256 === undefined ? {} : { textSha256: source.textSha256.toLowerCase() }),
      title,
      publisher: fitText(source.publisher, FIELD_CAPS.publisher, () => `${at}.publisher`, notices),
      url,
      ...archiveOf(source, at, problems, notices),
      text: text ?? "",
    });
  });

  const textsById = new Map(sources.map((source) => [source.id, source.text]));
  // Each id's first event, to name it when another event takes the same id.
  const ids = new Map<string, number>();
  const events: TimelineEvent[] = [];
  const context: BuildContext = {
    texts: textsById,
    sourceIndexes: sourceIds,
    problems,
    warnings,
    notices,
    shared: createSharedValues(),
    placeByWords,
    reanchor: checks?.reanchor,
  };
  raw.events.forEach((rawEvent, i) => {
    const index = positions?.events[i] ?? i;
    const first = ids.get(rawEvent.id);
    if (first !== undefined) {
      problems.push(
        `${eventAt(index, rawEvent)}.id: ${quoted(rawEvent.id)} is the id of events[${first}] too: give each event its own id`,
      );
    } else ids.set(rawEvent.id, index);
    const event = buildEvent(rawEvent, index, context);
    if (event) events.push(event);
  });

  const eras: Era[] = [];
  raw.eras.forEach((era, i) => {
    const at = `eras[${positions?.eras[i] ?? i}]`;
    const start = parseDate(era.start, era.precision);
    const end = parseDate(era.end, era.precision);
    if (start === undefined) problems.push(`${at}.start: ${dateProblem(era.start, era.precision)}`);
    if (end === undefined) problems.push(`${at}.end: ${dateProblem(era.end, era.precision)}`);
    if (start !== undefined && end !== undefined) {
      if (end < start) problems.push(`${at}.end: ${endBeforeStart(era.end, era.start)}`);
      else {
        const title = fitText(era.title, FIELD_CAPS.eraTitle, () => `${at}.title`, notices);
        eras.push({ title, start, end, precision: era.precision });
      }
    }
  });
  eras.sort((a, b) => a.start - b.start || a.end - b.end);

  let initialWindow: TimeWindow | undefined;
  if (raw.initialWindow) {
    const start = parseIsoDate(raw.initialWindow.from);
    const end = parseIsoDate(raw.initialWindow.to);
    if (start === undefined || end === undefined || start >= end) {
      problems.push(
        `initialWindow: ${quoted(raw.initialWindow.from)} to ${quoted(raw.initialWindow.to)} is not a window: give "from" and "to" as dates (YYYY-MM-DD), from before to`,
      );
    } else initialWindow = { start, end };
  }

  if (problems.length > 0) return { ok: false, problems };
  sortEvents(events);
  return {
    ok: true,
    dataset: {
      title: fitText(raw.title, FIELD_CAPS.datasetTitle, () => "title", notices),
      description: fitText(
        raw.description,
        FIELD_CAPS.datasetDescription,
        () => "description",
        notices,
      ),
      sources,
      events,
      eras,
      initialWindow,
      warnings: [
        ...capped(notices, "cut field", "cut fields"),
        ...capped(warnings, "quotation", "quotations"),
      ],
    },
  };
}

/**
 * The source's archived copy, its fields checked as `url` and `publishedAt` are: only those
 * given, so that a source without one has no such keys.
 */
function archiveOf(
  source: RawSource,
  at: string,
  problems: string[],
  notices: DatasetWarning[],
): Pick<Source, "archiveUrl" | "archivedAt"> {
  const archive: { archiveUrl?: string; archivedAt?: string } = {};
  if (source.archiveUrl !== undefined) {
    const url = fitAddress(source.archiveUrl, () => `${at}.archiveUrl`, notices);
    if (url && !isHttpAddress(url)) problems.push(`${at}.archiveUrl: ${addressProblem(url)}`);
    if (url) archive.archiveUrl = url;
  }
  if (source.archivedAt !== undefined) {
    if (parseIsoDate(source.archivedAt) === undefined) {
      problems.push(`${at}.archivedAt: ${dateProblem(source.archivedAt, "day")}`);
    } else archive.archivedAt = source.archivedAt;
  }
  return archive;
}

/**
 * Where each event and era stood in the file, when `raw` holds only the well-formed ones of a
 * file that is not (so that problems still name them by their place in it).
 */
export interface Positions {
  readonly events: readonly number[];
  readonly eras: readonly number[];
}

function capped(warnings: DatasetWarning[], one: string, many: string): DatasetWarning[] {
  if (warnings.length <= MAX_WARNINGS) return warnings;
  const rest = warnings.length - MAX_WARNINGS;
  return [
    ...warnings.slice(0, MAX_WARNINGS),
    { kind: "unlisted", text: `…and ${rest} more ${rest === 1 ? one : many}, not listed` },
  ];
}
