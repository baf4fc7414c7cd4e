import { memo, type KeyboardEvent } from "react";
import { segmentText, type Highlight, type Paragraph } from "../../domain/quote-segments";
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
  const segments = segmentText(text, paragraph.start, paragraph.end, highlights);
  return (
    <p>
      {segments.map((segment) => {
        if (segment.highlights.length === 0) return <span key={segment.start}>{segment.text}</span>;
        // Where quotes overlap, the selected event's wins; otherwise the first one's.
        const owner =
          segment.highlights.find((h) => h.eventId === selectedId) ?? segment.highlights[0];
        if (!owner) return null;
        const selected = owner.eventId === selectedId;
        const choose = () => onSelect(owner.eventId as EventId);
        const onKeyDown = (event: KeyboardEvent) => {
          if (event.key === "Enter" || event.key === " ") {
            event.preventDefault();
            choose();
          }
        };
        return (
          <span
            key={segment.start}
            className="quote-link"
            role="button"
            tabIndex={0}
            aria-current={selected ? "true" : undefined}
            title={`Quoted in: ${titleOf(owner.eventId)}`}
            onClick={choose}
            onKeyDown={onKeyDown}
          >
            <mark
              className={selected ? "quote-mark quote-mark--selected" : "quote-mark"}
              data-event-id={owner.eventId}
            >
              {segment.text}
            </mark>
          </span>
        );
      })}
    </p>
  );
});
