import { memo, type KeyboardEvent } from "react";
import {
  segmentText,
  type Highlight,
  type Paragraph,
  type Segment,
} from "../../domain/quote-segments";
import type { EventId } from "../../domain/types";

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
        if (run.owner === undefined) return <span key={run.start}>{run.text}</span>;
        const owner = run.owner;
        const selected = owner === selectedId;
        const mark = (
          <mark
            className={selected ? "quote-mark quote-mark--selected" : "quote-mark"}
            data-event-id={owner}
            data-start={run.start}
          >
            {run.text}
          </mark>
        );
        // A space between two quotations is marked but is no stop for Tab or a pointer.
        if (run.text.trim() === "") return <span key={run.start}>{mark}</span>;
        const choose = () => onSelect(owner as EventId);
        const onKeyDown = (event: KeyboardEvent) => {
          if (event.key === "Enter" || event.key === " ") {
            event.preventDefault();
            choose();
          }
        };
        return (
          <span
            key={run.start}
            className="quote-link"
            role="button"
            tabIndex={0}
            aria-current={selected ? "true" : undefined}
            title={`Quoted in: ${titleOf(owner)}`}
            onClick={choose}
            onKeyDown={onKeyDown}
          >
            {mark}
          </span>
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
}

/**
 * Segments joined where they choose the same event: where quotations overlap, the text is cut
 * at every quotation's edge, but one quotation should stay one passage to Tab to and to name.
 * Where quotes overlap, the selected event's wins; otherwise the first one's.
 */
function runsOf(segments: readonly Segment[], selectedId: EventId | undefined): Run[] {
  const runs: { start: number; text: string; owner: string | undefined }[] = [];
  for (const segment of segments) {
    const owner =
      segment.highlights.length === 0
        ? undefined
        : (segment.highlights.find((h) => h.eventId === selectedId) ?? segment.highlights[0])
            ?.eventId;
    const last = runs.at(-1);
    if (last && owner !== undefined && last.owner === owner) last.text += segment.text;
    else runs.push({ start: segment.start, text: segment.text, owner });
  }
  return runs;
}
