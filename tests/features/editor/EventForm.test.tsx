import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { describe, expect, it, vi } from "vitest";
import type { DraftEdit, DraftEvent, DraftProblem } from "../../../src/data/draft/draft-document";
import { EventForm } from "../../../src/features/editor/EventForm";
import { aDraftEvent, aDraftSource, type SentEdit } from "./form-fixtures";

/** Applies the form's update-event edits, as the draft store will. */
function Harness(props: {
  event?: DraftEvent;
  problems?: DraftProblem[];
  sent: SentEdit[];
  onDelete?: () => void;
  onShowQuote?: (index: number) => void;
}) {
  const [event, setEvent] = useState(props.event ?? aDraftEvent());
  const onEdit = (edit: DraftEdit, coalesce?: string) => {
    props.sent.push({ edit, coalesce });
    if (edit.type === "update-event") setEvent((current) => ({ ...current, ...edit.changes }));
  };
  return (
    <EventForm
      event={event}
      sources={[aDraftSource()]}
      problems={props.problems ?? []}
      eventIndex={2}
      kinds={["press-conference", "statement"]}
      actorSuggestions={["Sergei Lavrov", "Najla Mangoush"]}
      dateSuggestions={[]}
      onEdit={onEdit}
      onDelete={props.onDelete ?? (() => {})}
      onShowQuote={props.onShowQuote}
    />
  );
}

describe("EventForm", () => {
  it("sends typing in a field as update-event edits under the field's coalesce key", async () => {
    const user = userEvent.setup();
    const sent: SentEdit[] = [];
    render(<Harness sent={sent} />);
    await user.type(screen.getByLabelText("Title"), " in Moscow");
    expect(sent).toHaveLength(10);
    expect(new Set(sent.map(({ coalesce }) => coalesce))).toEqual(
      new Set(["event:lavrov-press-conference:title"]),
    );
    expect(sent.at(-1)?.edit).toEqual({
      type: "update-event",
      eventId: "lavrov-press-conference",
      changes: { title: "Lavrov's press conference in Moscow" },
    });
    await user.clear(screen.getByLabelText("Kind"));
    await user.type(screen.getByLabelText("Kind"), "briefing");
    expect(sent.at(-1)).toMatchObject({
      edit: { changes: { kind: "briefing" } },
      coalesce: "event:lavrov-press-conference:kind",
    });
  });

  it("shows what its props hold, so an Undo shows", () => {
    const common = {
      sources: [aDraftSource()],
      problems: [],
      eventIndex: 0,
      kinds: [],
      actorSuggestions: [],
      dateSuggestions: [],
      onEdit: () => {},
      onDelete: () => {},
    };
    const { rerender } = render(
      <EventForm {...common} event={aDraftEvent({ summary: "Typed" })} />,
    );
    rerender(<EventForm {...common} event={aDraftEvent({ countries: ["RU", "AF"] })} />);
    expect(screen.getByLabelText("Summary")).toHaveValue(aDraftEvent().summary);
    expect(screen.getByRole("button", { name: "Remove Afghanistan" })).toBeVisible();
  });

  it("sends the countries and actors chosen as whole lists", async () => {
    const user = userEvent.setup();
    const sent: SentEdit[] = [];
    render(<Harness sent={sent} />);
    await user.type(screen.getByRole("combobox", { name: "Countries" }), "afgh{ArrowDown}{Enter}");
    expect(sent.at(-1)?.edit).toMatchObject({ changes: { countries: ["RU", "AF"] } });
    await user.type(screen.getByLabelText("Actors"), "Najla Mangoush{Enter}");
    expect(sent.at(-1)?.edit).toMatchObject({
      changes: { actors: ["Sergei Lavrov", "Najla Mangoush"] },
    });
  });

  it("places each problem beside its field and counts them for the event", () => {
    render(
      <Harness
        sent={[]}
        problems={[
          { path: "events[2].title", message: "Give the event a title" },
          { path: "events[2].countries[0]", message: '"UK" is not a country code' },
          { path: "events[2].quotes[0].exact", message: "These words are not in the source" },
          { path: "events[1].title", message: "Another event's problem" },
        ]}
      />,
    );
    expect(screen.getByText("3 problems in this event")).toBeVisible();
    expect(screen.getByLabelText("Title")).toHaveAccessibleDescription("Give the event a title");
    expect(screen.getByLabelText("Summary")).not.toHaveAttribute("aria-invalid");
    expect(screen.getByRole("combobox", { name: "Countries" })).toHaveAttribute(
      "aria-invalid",
      "true",
    );
    const quotes = screen.getByRole("region", { name: "Quotations" });
    expect(within(quotes).getByText("These words are not in the source")).toBeVisible();
    expect(screen.queryByText("Another event's problem")).not.toBeInTheDocument();
  });

  it("edits a quotation's speaker and shows it in the article", async () => {
    const user = userEvent.setup();
    const sent: SentEdit[] = [];
    const onShowQuote = vi.fn();
    render(<Harness sent={sent} onShowQuote={onShowQuote} />);
    const quotes = screen.getByRole("region", { name: "Quotations" });
    expect(within(quotes).getByText("Moscow wants a dialogue")).toBeVisible();
    expect(within(quotes).getByText(/Russia foreign minister calls/)).toBeVisible();
    await user.type(within(quotes).getByLabelText("Speaker"), "!");
    expect(sent.at(-1)).toEqual({
      edit: {
        type: "update-quote",
        eventId: "lavrov-press-conference",
        quoteIndex: 0,
        changes: { speaker: "Sergei Lavrov!" },
      },
      coalesce: "event:lavrov-press-conference:quote:0:speaker",
    });
    await user.click(within(quotes).getByRole("button", { name: "Show in the article" }));
    expect(onShowQuote).toHaveBeenCalledWith(0);
  });

  it("removes a quotation, and says the event needs one when none is left", async () => {
    const user = userEvent.setup();
    const sent: SentEdit[] = [];
    const { rerender } = render(<Harness sent={sent} />);
    await user.click(screen.getByRole("button", { name: "Remove quotation" }));
    expect(sent.at(-1)?.edit).toEqual({
      type: "delete-quote",
      eventId: "lavrov-press-conference",
      quoteIndex: 0,
    });
    expect(screen.getByRole("heading", { name: "Quotations" })).toHaveFocus();
    rerender(<Harness sent={sent} event={aDraftEvent({ quotes: [] })} key="after" />);
    expect(screen.getByText(/This event needs a quotation/)).toBeVisible();
  });

  it("asks before deleting the event, and Keep leaves it", async () => {
    const user = userEvent.setup();
    const onDelete = vi.fn();
    render(<Harness sent={[]} onDelete={onDelete} />);
    await user.click(screen.getByRole("button", { name: "Delete event" }));
    const ask = screen.getByRole("group", {
      name: "Delete the event “Lavrov's press conference”?",
    });
    expect(within(ask).getByRole("button", { name: "Keep event" })).toHaveFocus();
    await user.click(within(ask).getByRole("button", { name: "Keep event" }));
    expect(onDelete).not.toHaveBeenCalled();
    expect(screen.getByRole("button", { name: "Delete event" })).toHaveFocus();
    await user.click(screen.getByRole("button", { name: "Delete event" }));
    await user.click(screen.getByRole("button", { name: "Yes, delete event" }));
    expect(onDelete).toHaveBeenCalledOnce();
  });
});
