import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { describe, expect, it } from "vitest";
import type { DraftEdit, DraftProblem } from "../../../src/data/draft/draft-document";
import { DraftDetailsForm } from "../../../src/features/editor/DraftDetailsForm";
import type { SentEdit } from "./form-fixtures";

/** The form over a tiny store that applies its edits, as the lead's draft store will. */
function Harness({ sent, problems = [] }: { sent: SentEdit[]; problems?: DraftProblem[] }) {
  const [details, setDetails] = useState({ title: "Kabul", description: "" });
  const onEdit = (edit: DraftEdit, coalesce?: string) => {
    sent.push({ edit, coalesce });
    if (edit.type === "set-details") setDetails((current) => ({ ...current, ...edit }));
  };
  return <DraftDetailsForm {...details} problems={problems} onEdit={onEdit} />;
}

describe("DraftDetailsForm", () => {
  it("shows the title as the page's heading, in a field labelled Timeline title", () => {
    render(<Harness sent={[]} />);
    expect(screen.getByRole("heading", { level: 1 })).toContainElement(
      screen.getByLabelText("Timeline title"),
    );
    expect(screen.getByLabelText("Timeline title")).toHaveValue("Kabul");
  });

  it("sends every keystroke as a set-details edit under one coalesce key", async () => {
    const user = userEvent.setup();
    const sent: SentEdit[] = [];
    render(<Harness sent={sent} />);
    await user.type(screen.getByLabelText("Timeline title"), " 2021");
    expect(sent).toHaveLength(5);
    expect(sent.every(({ coalesce }) => coalesce === "details:title")).toBe(true);
    expect(sent.at(-1)?.edit).toEqual({ type: "set-details", title: "Kabul 2021" });
    await user.type(screen.getByLabelText("Description (optional)"), "Aug");
    expect(sent.at(-1)).toEqual({
      edit: { type: "set-details", description: "Aug" },
      coalesce: "details:description",
    });
  });

  it("shows what the props hold, so an Undo shows in the fields", () => {
    const onEdit = () => {};
    const { rerender } = render(
      <DraftDetailsForm title="Kabul 2021" description="Aug" problems={[]} onEdit={onEdit} />,
    );
    rerender(<DraftDetailsForm title="Kabul" description="" problems={[]} onEdit={onEdit} />);
    expect(screen.getByLabelText("Timeline title")).toHaveValue("Kabul");
    expect(screen.getByLabelText("Description (optional)")).toHaveValue("");
  });

  it("shows a problem beside its field and marks the field invalid", () => {
    render(
      <Harness sent={[]} problems={[{ path: "title", message: "Give the timeline a title" }]} />,
    );
    const title = screen.getByLabelText("Timeline title");
    expect(title).toHaveAttribute("aria-invalid", "true");
    expect(title).toHaveAccessibleDescription("Give the timeline a title");
    expect(screen.getByLabelText("Description (optional)")).not.toHaveAttribute("aria-invalid");
  });
});
