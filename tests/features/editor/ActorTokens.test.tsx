import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { describe, expect, it } from "vitest";
import { ActorTokens } from "../../../src/features/editor/ActorTokens";

function Harness(props: {
  initial?: string[];
  suggestions?: string[];
  sent: (readonly string[])[];
}) {
  const [actors, setActors] = useState<readonly string[]>(props.initial ?? []);
  return (
    <ActorTokens
      value={actors}
      suggestions={props.suggestions ?? []}
      messages={[]}
      onChange={(next) => {
        props.sent.push(next);
        setActors(next);
      }}
    />
  );
}

const chosen = () =>
  within(screen.getByRole("list", { name: "Chosen actors" }))
    .getAllByRole("listitem")
    .map((item) => item.firstChild?.textContent);

describe("ActorTokens", () => {
  it("adds the name typed on Enter or a comma, trimmed, once", async () => {
    const user = userEvent.setup();
    const sent: (readonly string[])[] = [];
    render(<Harness sent={sent} />);
    const input = screen.getByLabelText("Actors");
    await user.type(input, " Sergei Lavrov {Enter}Taliban,taliban,");
    expect(chosen()).toEqual(["Sergei Lavrov", "Taliban"]);
    expect(sent).toEqual([["Sergei Lavrov"], ["Sergei Lavrov", "Taliban"]]);
    expect(input).toHaveValue("");
  });

  it("removes the last name with Backspace in the empty input, and any with its button", async () => {
    const user = userEvent.setup();
    const sent: (readonly string[])[] = [];
    render(<Harness initial={["Sergei Lavrov", "Taliban", "Hua Chunying"]} sent={sent} />);
    await user.click(screen.getByRole("button", { name: "Remove Taliban" }));
    expect(sent.at(-1)).toEqual(["Sergei Lavrov", "Hua Chunying"]);
    expect(screen.getByLabelText("Actors")).toHaveFocus();
    await user.keyboard("{Backspace}");
    expect(chosen()).toEqual(["Sergei Lavrov"]);
  });

  it("keeps a name typed when focus leaves the input", async () => {
    const user = userEvent.setup();
    const sent: (readonly string[])[] = [];
    render(<Harness sent={sent} />);
    await user.type(screen.getByLabelText("Actors"), "Najla Mangoush");
    await user.tab();
    expect(sent).toEqual([["Najla Mangoush"]]);
  });

  it("suggests the names given, minus those chosen", () => {
    render(
      <Harness
        initial={["Sergei Lavrov"]}
        suggestions={["Sergei Lavrov", "Zabiullah Mujahid", "Taliban"]}
        sent={[]}
      />,
    );
    // A datalist is not drawn, so its options are hidden from the accessibility tree.
    const offered = screen.getAllByRole("option", { hidden: true });
    expect(offered.map((option) => option.getAttribute("value"))).toEqual([
      "Zabiullah Mujahid",
      "Taliban",
    ]);
    expect(screen.getByLabelText("Actors")).toHaveAttribute("list", offered[0]?.parentElement?.id);
  });

  it("shows the draft's problem beside the input", () => {
    render(
      <ActorTokens
        value={[]}
        suggestions={[]}
        messages={["An actor has no name"]}
        onChange={() => {}}
      />,
    );
    expect(screen.getByLabelText("Actors")).toHaveAttribute("aria-invalid", "true");
    expect(screen.getByLabelText("Actors")).toHaveAccessibleDescription(/An actor has no name/);
  });
});
