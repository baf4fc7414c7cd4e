import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { describe, expect, it } from "vitest";
import type { DraftProblem, DraftWhen } from "../../../src/data/draft/draft-document";
import { DateFields, type DateSuggestionLike } from "../../../src/features/editor/DateFields";

const DAY: DraftWhen = {
  start: "2021-08-19",
  precision: "day",
  approximate: false,
  basis: "explicit",
  note: "",
};

const THURSDAY: DateSuggestionLike = {
  phrase: "on Thursday",
  label: "19 Aug 2021 (“on Thursday”)",
  when: {
    start: "2021-08-19",
    precision: "day",
    approximate: false,
    basis: "relative",
    note: "Thursday counted from the publication date, 2021-08-19",
  },
};

const LAST_WEEK: DateSuggestionLike = {
  phrase: "last week",
  label: "9–15 Aug 2021 (“last week”)",
  when: {
    start: "2021-08-09",
    end: "2021-08-15",
    precision: "day",
    approximate: true,
    basis: "relative",
    note: "The week before publication",
  },
};

interface Sent {
  readonly when: DraftWhen;
  readonly coalesce: string | undefined;
}

function Harness(props: {
  initial?: DraftWhen;
  suggestions?: DateSuggestionLike[];
  problems?: DraftProblem[];
  sent: Sent[];
}) {
  const [when, setWhen] = useState(props.initial ?? DAY);
  return (
    <DateFields
      when={when}
      suggestions={props.suggestions ?? []}
      problems={props.problems ?? []}
      at="events[0].when"
      coalesceKey="event:e:when"
      onChange={(next, coalesce) => {
        props.sent.push({ when: next, coalesce });
        setWhen(next);
      }}
    />
  );
}

describe("DateFields suggestions", () => {
  it("fills every field from a suggestion in one change and says where it came from", async () => {
    const user = userEvent.setup();
    const sent: Sent[] = [];
    render(
      <Harness initial={{ ...DAY, start: "" }} suggestions={[THURSDAY, LAST_WEEK]} sent={sent} />,
    );
    const group = screen.getByRole("group", { name: "Dates the words suggest:" });
    await user.click(within(group).getByRole("button", { name: LAST_WEEK.label }));
    expect(sent).toEqual([{ when: LAST_WEEK.when, coalesce: undefined }]);
    expect(screen.getByRole("status")).toHaveTextContent("Filled from “last week”");
    expect(screen.getByLabelText("Start")).toHaveValue("2021-08-09");
    expect(screen.getByLabelText("End (optional)")).toHaveValue("2021-08-15");
    expect(screen.getByLabelText("Approximate")).toBeChecked();
    expect(screen.getByLabelText("How we know the date")).toHaveValue("relative");
    expect(screen.getByLabelText("Note (optional)")).toHaveValue("The week before publication");
  });

  it("stops saying “Filled from” once the date is changed", async () => {
    const user = userEvent.setup();
    render(<Harness suggestions={[THURSDAY]} sent={[]} />);
    await user.click(screen.getByRole("button", { name: THURSDAY.label }));
    expect(screen.getByRole("status")).toHaveTextContent("Filled from “on Thursday”");
    await user.click(screen.getByLabelText("Approximate"));
    expect(screen.getByRole("status")).toHaveTextContent("");
  });

  it("writes a suggested month as the dataset does", async () => {
    const user = userEvent.setup();
    const sent: Sent[] = [];
    const august: DateSuggestionLike = {
      phrase: "in August",
      label: "August 2021",
      when: { ...THURSDAY.when, start: "2021-08", precision: "month", basis: "explicit" },
    };
    render(<Harness suggestions={[august]} sent={sent} />);
    await user.click(screen.getByRole("button", { name: "August 2021" }));
    expect(sent[0]?.when.start).toBe("2021-08-01");
    expect(screen.getByLabelText("Start")).toHaveValue("2021-08");
  });
});

describe("DateFields by hand", () => {
  it("converts start and end when the precision changes", async () => {
    const user = userEvent.setup();
    const sent: Sent[] = [];
    render(<Harness initial={{ ...DAY, end: "2021-09-02" }} sent={sent} />);
    await user.selectOptions(screen.getByLabelText("Precision"), "month");
    expect(sent.at(-1)?.when).toMatchObject({
      precision: "month",
      start: "2021-08-01",
      end: "2021-09-01",
    });
    expect(screen.getByLabelText("Start")).toHaveAttribute("type", "month");
    expect(screen.getByLabelText("Start")).toHaveValue("2021-08");
    await user.selectOptions(screen.getByLabelText("Precision"), "year");
    expect(screen.getByLabelText("Start")).toHaveValue(2021);
    await user.selectOptions(screen.getByLabelText("Precision"), "minute");
    expect(sent.at(-1)?.when.start).toBe("2021-01-01T00:00Z");
    expect(screen.getByLabelText("Start, UTC")).toHaveAttribute("type", "datetime-local");
  });

  it("stores a year typed as the year's first day, coalescing the typing", async () => {
    const user = userEvent.setup();
    const sent: Sent[] = [];
    render(<Harness initial={{ ...DAY, start: "", precision: "year" }} sent={sent} />);
    await user.type(screen.getByLabelText("Start"), "2003");
    expect(sent.at(-1)).toEqual({
      when: { ...DAY, precision: "year", start: "2003-01-01" },
      coalesce: "event:e:when:start",
    });
  });

  it("leaves out an end that is cleared", async () => {
    const user = userEvent.setup();
    const sent: Sent[] = [];
    render(<Harness initial={{ ...DAY, end: "2021-08-20" }} sent={sent} />);
    await user.clear(screen.getByLabelText("End (optional)"));
    expect(sent.at(-1)?.when).toEqual(DAY);
    expect(sent.at(-1)?.when).not.toHaveProperty("end");
  });

  it("explains each basis, and asks for a note where the basis needs one", async () => {
    const user = userEvent.setup();
    render(<Harness sent={[]} />);
    const basis = screen.getByLabelText("How we know the date");
    expect(basis).toHaveAccessibleDescription("The text states the date.");
    await user.selectOptions(basis, "external");
    expect(basis).toHaveAccessibleDescription(/Another source dates it/);
    const note = screen.getByLabelText("Note");
    expect(note).toBeRequired();
    expect(note).toHaveAttribute("aria-invalid", "true");
    expect(note).toHaveAccessibleDescription("Say which source dates it.");
    await user.type(note, "TASS, 2003-02-14");
    expect(note).not.toHaveAttribute("aria-invalid");
  });

  it("shows the draft's problems beside the start and end", () => {
    render(
      <Harness
        sent={[]}
        problems={[{ path: "events[0].when.end", message: "The end is before the start" }]}
      />,
    );
    expect(screen.getByLabelText("End (optional)")).toHaveAttribute("aria-invalid", "true");
    expect(screen.getByLabelText("End (optional)")).toHaveAccessibleDescription(
      "The end is before the start",
    );
    expect(screen.getByLabelText("Start")).not.toHaveAttribute("aria-invalid");
  });

  it("follows its props, so an Undo shows", () => {
    const onChange = () => {};
    const props = {
      suggestions: [],
      problems: [],
      at: "events[0].when",
      coalesceKey: "k",
      onChange,
    };
    const { rerender } = render(<DateFields {...props} when={{ ...DAY, precision: "month" }} />);
    rerender(<DateFields {...props} when={DAY} />);
    expect(screen.getByLabelText("Precision")).toHaveValue("day");
    expect(screen.getByLabelText("Start")).toHaveValue("2021-08-19");
  });
});
