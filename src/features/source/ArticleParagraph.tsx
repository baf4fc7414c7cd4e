import { memo } from "react";
import {
  segmentText,
  type Highlight,
  type Paragraph,
  type Segment,
} from "../../domain/quote-segments";
import type { EventId } from "../../domain/types";
import { QuotePassage } from "./QuotePassage";

interface ArticleParagraphProps {
  readonly text: string;
  readonly paragraph: Paragraph;
  readonly highlights: readonly Highlight[];
  readonly selectedId: EventId | undefined;
  readonly titleOf: (eventId: string) => string;
  readonly onSelect: (id: EventId) => void;
}

/** One paragraph, cut into plain runs and marked quotations. */
export const ArticleParagraph = memo(function ArticleParagraph(props: ArticleParagraphProps) {
  const { text, paragraph, highlights, selectedId, titleOf, onSelect } = props;
  const runs = runsOf(segmentText(text, paragraph.start, paragraph.end, highlights), selectedId);
  return (
    <p>
      {runs.map((run) => {
        // data-at: the source offset of the run's first character, to map a selection back.
        if (run.owner === undefined)
          return (
            <span key={run.start} data-at={run.start}>
              {run.text}
            </span>
          );
        const owner = run.owner;
        const selected = owner === selectedId;
        const className = [
          "quote-mark",
          selected ? "quote-mark--selected" : "",
          run.approximate ? "quote-mark--approximate" : "",
        ]
          .filter(Boolean)
          .join(" ");
        const mark = (
          <mark className={className} data-event-id={owner} data-at={run.start}>
            {run.text}
          </mark>
        );
        // A space between two quotations is marked but is no stop for Tab or a pointer.
        if (run.text.trim() === "") return <span key={run.start}>{mark}</span>;
        return (
          <QuotePassage
            key={run.start}
            events={run.events}
            selected={selected}
            approximate={run.approximate}
            titleOf={titleOf}
            onSelect={onSelect}
          >
            {mark}
          </QuotePassage>
        );
      })}
    </p>
  );
});

interface Run {
  readonly start: number;
  readonly text: string;
  /** The event a click chooses; undefined for text no quotation marks. */
  readonly owner: string | undefined;
  /** Every event quoting some of these words, the owner first. */
  readonly events: readonly string[];
  /** Whether the owner's quotation matched these words only approximately. */
  readonly approximate: boolean;
}

/**
 * Segments joined where they choose the same event: where quotations overlap, the text is cut
 * at every quotation's edge, but one quotation should stay one passage to Tab to and to name.
 * Where quotes overlap, the selected event's wins; otherwise the first one's.
 */
function runsOf(segments: readonly Segment[], selectedId: EventId | undefined): Run[] {
  const runs: {
    start: number;
    text: string;
    owner: string | undefined;
    events: string[];
    approximate: boolean;
    // The same events as a set: words 50,000 events quote must not ask a list 50,000 times.
    seen: Set<string>;
  }[] = [];
  for (const segment of segments) {
    const owning =
      segment.highlights.length === 0
        ? undefined
        : (segment.highlights.find((h) => h.eventId === selectedId) ?? segment.highlights[0]);
    const owner = owning?.eventId;
    const last = runs.at(-1);
    const run =
      last && owner !== undefined && last.owner === owner
        ? last
        : {
            start: segment.start,
            text: "",
            owner,
            events: owner === undefined ? [] : [owner],
            approximate: owning?.approximate === true,
            seen: new Set(owner === undefined ? [] : [owner]),
          };
    if (run !== last) runs.push(run);
    run.text += segment.text;
    for (const h of segment.highlights) {
      if (run.seen.has(h.eventId)) continue;
      run.seen.add(h.eventId);
      run.events.push(h.eventId);
    }
  }
  return runs;
}
