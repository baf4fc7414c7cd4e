import { render, screen } from "@testing-library/react";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { EventId, Source, TimelineEvent } from "../../../src/domain/types";
import { EventDetails } from "../../../src/features/details/EventDetails";
import { hostileString } from "../../fixtures/hostile-strings";

// Any string a dataset can hold, in every field: lone surrogates, bidi controls, zero-width
// characters, addresses no parser takes, and now and then a huge one.
const anyText = fc.oneof(
  { weight: 9, arbitrary: hostileString() },
  { weight: 1, arbitrary: hostileString(4).map((piece) => piece.repeat(20_000)) },
);

const eventAndSource = fc
  .record({
    title: anyText,
    summary: anyText,
    kind: anyText,
    country: anyText,
    actor: anyText,
    note: anyText,
    group: anyText,
    displayDate: anyText,
    citation: fc.record({ title: anyText, url: anyText, credit: anyText }),
    exact: anyText,
    prefix: anyText,
    suffix: anyText,
    speaker: anyText,
    missing: fc.boolean(),
    source: fc.record({ title: anyText, publisher: anyText, url: anyText, text: anyText }),
  })
  .map((fields) => {
    const source: Source = { id: "s", publishedAt: "2021-08-19", ...fields.source };
    const event: TimelineEvent = {
      id: "hostile" as EventId,
      title: fields.title,
      summary: fields.summary,
      kind: fields.kind,
      countries: ["AF", fields.country],
      actors: [fields.actor],
      when: {
        start: Date.parse("2021-08-19T00:00:00Z"),
        precision: "day",
        approximate: false,
        basis: "external",
        note: fields.note,
      },
      quotes: [
        {
          sourceId: "s",
          exact: fields.exact,
          start: 0,
          end: fields.exact.length,
          prefix: fields.prefix,
          suffix: fields.suffix,
          speaker: fields.speaker,
          ...(fields.missing ? { missing: true } : {}),
        },
      ],
      group: fields.group,
      citation: fields.citation,
      displayDate: fields.displayDate,
    };
    return { event, source };
  });

describe("EventDetails with any dataset string", () => {
  it("renders every field without throwing, titled by the event", () => {
    fc.assert(
      fc.property(eventAndSource, ({ event, source }) => {
        const { unmount } = render(
          <EventDetails event={event} sources={[source]} hiddenByFilters={false} />,
        );
        try {
          expect(screen.getByRole("article")).toBeInTheDocument();
        } finally {
          unmount();
        }
      }),
      { numRuns: 150 },
    );
  }, 120_000);
});
