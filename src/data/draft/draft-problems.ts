import { showControls } from "../../domain/bidi";
import { buildDataset } from "../build-dataset";
// Static here: the editor's chunk is lazy already, and a draft is checked as the loader checks a file.
import { placeByWords } from "../place-by-words";
import { parseDatasetShape } from "../dataset-schema";
import { MAX_DATASET_CHARS, MAX_EVENTS, megabytes } from "../read-dataset";
import { wellFormedParts } from "../well-formed-parts";
import type { DraftDocument, DraftProblem } from "./draft-document";

// A problem's path as the loader writes it: names and [indices], then ": " and the message.
const PATH = /^((?:[A-Za-z]\w*|\[\d+\])(?:\.[A-Za-z]\w*|\[\d+\])*): ([\s\S]*)$/;
const EVENT_AT = /^events\[(\d+)\] "/;

/**
 * What the loader would refuse the draft for, each at its field, then what an author must still
 * give that a file need not have: a quotation for every event (events made here come from a
 * source's words). The same checks as opening a Sourceline JSON file, in the same order.
 */
export function draftProblems(document: DraftDocument): DraftProblem[] {
  const problems = loaderProblems(document).map((problem) => placed(problem, document));
  if (document.events.length === 0) {
    problems.push({ path: "", message: "It has no events: select words in a source to make one." });
  }
  if (document.events.length > MAX_EVENTS) {
    problems.push({ path: "events", message: `has more than ${MAX_EVENTS} events: split it` });
  }
  // The file's size is its texts, nearly all of it: the loader refuses a file past its limit.
  const textChars = document.sources.reduce((sum, source) => sum + source.text.length, 0);
  if (textChars > MAX_DATASET_CHARS) {
    problems.push({
      path: "sources",
      message: `hold ${megabytes(textChars)} of text; a file this app opens is at most ${megabytes(MAX_DATASET_CHARS)}: move some sources to another timeline`,
    });
  }
  document.events.forEach((event, index) => {
    if (event.quotes.length === 0) {
      problems.push({
        path: `events[${index}].quotes`,
        message: "has no quotation: select the words in a source that tell of this event",
      });
    }
  });
  return problems;
}

function loaderProblems(document: DraftDocument): readonly string[] {
  const shape = parseDatasetShape(document);
  if (shape.ok) {
    const built = buildDataset(shape.raw, new Map(), undefined, placeByWords);
    return built.ok ? [] : built.problems;
  }
  // As the loader does, the well-formed events are checked too, so that one bad field does not
  // hide the rest. A title not given yet (the commonest gap in a draft) would stop that: an
  // event without one would go unchecked, a source without one would leave its quotations
  // naming no source. So the check is made as if they had one; the schema has said they have none.
  const titled = {
    ...document,
    sources: document.sources.map((source) =>
      blank(source.title) ? { ...source, title: "Untitled source" } : source,
    ),
    events: document.events.map((event) =>
      blank(event.title) || blank(event.kind)
        ? {
            ...event,
            title: blank(event.title) ? "Untitled event" : event.title,
            kind: blank(event.kind) ? "event" : event.kind,
          }
        : event,
    ),
  };
  const parts = wellFormedParts(titled);
  const built = parts && buildDataset(parts.raw, new Map(), parts.positions, placeByWords);
  return built && !built.ok ? [...shape.problems, ...built.problems] : shape.problems;
}

function blank(value: string): boolean {
  return value.trim() === "";
}

/** A loader problem at its place in the draft, with the event's id taken out of the path. */
function placed(problem: string, document: DraftDocument): DraftProblem {
  let text = problem;
  const event = EVENT_AT.exec(text);
  if (event) {
    const id = document.events[Number(event[1])]?.id;
    const shown = id === undefined ? undefined : ` "${showControls(id)}"`;
    const at = `events[${event[1]}]`;
    if (shown !== undefined && text.startsWith(shown, at.length)) {
      text = at + text.slice(at.length + shown.length);
    }
  }
  const match = PATH.exec(text);
  if (!match) return { path: "", message: text };
  return { path: match[1] ?? "", message: inDraftWords(match[2] ?? "") };
}

/** `"" is not a date: write…` reads as a value not given yet, which is what it is in a draft. */
function inDraftWords(message: string): string {
  if (!message.startsWith('"" ')) return message;
  const mend = message.indexOf(": ");
  return mend < 0 ? "is not given yet" : `is not given yet: ${message.slice(mend + 2)}`;
}
