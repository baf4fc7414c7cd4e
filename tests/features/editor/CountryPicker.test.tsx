import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { describe, expect, it, vi } from "vitest";
import { CountryPicker } from "../../../src/features/editor/CountryPicker";

function Harness({ initial = [], sent }: { initial?: string[]; sent: (readonly string[])[] }) {
  const [codes, setCodes] = useState<readonly string[]>(initial);
  return (
    <CountryPicker
      value={codes}
      messages={[]}
      onChange={(next) => {
        sent.push(next);
        setCodes(next);
      }}
    />
  );
}

describe("CountryPicker", () => {
  it("adds a country by keyboard: type, ↓, Enter", async () => {
    const user = userEvent.setup();
    const sent: (readonly string[])[] = [];
    render(<Harness sent={sent} />);
    const box = screen.getByRole("combobox", { name: "Countries" });
    await user.type(box, "rus");
    expect(box).toHaveAttribute("aria-expanded", "true");
    await user.keyboard("{ArrowDown}");
    const russia = screen.getByRole("option", { name: "Russia RU" });
    expect(russia).toHaveAttribute("aria-selected", "true");
    expect(box).toHaveAttribute("aria-activedescendant", russia.id);
    await user.keyboard("{Enter}");
    expect(sent).toEqual([["RU"]]);
    expect(box).toHaveValue("");
    expect(screen.getByRole("button", { name: "Remove Russia" })).toBeVisible();
  });

  it("finds countries by code and without their accents", async () => {
    const user = userEvent.setup();
    render(<Harness sent={[]} />);
    const box = screen.getByRole("combobox", { name: "Countries" });
    await user.type(box, "ru");
    expect(within(screen.getByRole("listbox")).getAllByRole("option")[0]).toHaveTextContent(
      "Russia",
    );
    await user.clear(box);
    await user.type(box, "cote");
    expect(screen.getByRole("option", { name: /Côte d’Ivoire|Côte d'Ivoire/ })).toBeVisible();
  });

  it("leaves out countries already chosen and moves round the list with ↑", async () => {
    const user = userEvent.setup();
    const sent: (readonly string[])[] = [];
    render(<Harness initial={["RU"]} sent={sent} />);
    await user.type(screen.getByRole("combobox", { name: "Countries" }), "rus");
    expect(screen.queryByRole("option", { name: "Russia RU" })).not.toBeInTheDocument();
    // Left are Belarus and Cyprus: ↑ from the box wraps round to the last.
    await user.keyboard("{ArrowUp}{Enter}");
    expect(sent).toEqual([["RU", "CY"]]);
  });

  it("adds a country chosen with the pointer", async () => {
    const user = userEvent.setup();
    const sent: (readonly string[])[] = [];
    render(<Harness sent={sent} />);
    await user.type(screen.getByRole("combobox", { name: "Countries" }), "china");
    await user.click(screen.getByRole("option", { name: "China CN" }));
    expect(sent).toEqual([["CN"]]);
  });

  it("removes a country with its button, or the last with Backspace in the empty box", async () => {
    const user = userEvent.setup();
    const sent: (readonly string[])[] = [];
    render(<Harness initial={["RU", "CN", "AF"]} sent={sent} />);
    await user.click(screen.getByRole("button", { name: "Remove China" }));
    expect(sent.at(-1)).toEqual(["RU", "AF"]);
    expect(screen.getByRole("combobox", { name: "Countries" })).toHaveFocus();
    await user.keyboard("{Backspace}");
    expect(sent.at(-1)).toEqual(["RU"]);
    expect(screen.queryByRole("button", { name: "Remove Afghanistan" })).not.toBeInTheDocument();
  });

  it("closes the list on Escape, and Enter with nothing chosen adds nothing", async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<CountryPicker value={[]} messages={[]} onChange={onChange} />);
    const box = screen.getByRole("combobox", { name: "Countries" });
    await user.type(box, "a{Enter}");
    expect(onChange).not.toHaveBeenCalled();
    await user.keyboard("{Escape}");
    expect(box).toHaveAttribute("aria-expanded", "false");
    expect(screen.queryByRole("listbox")).not.toBeInTheDocument();
  });

  it("shows the draft's problem beside the box", () => {
    render(
      <CountryPicker
        value={[]}
        messages={['"UK" is not a country code; the United Kingdom is "GB"']}
        onChange={() => {}}
      />,
    );
    const box = screen.getByRole("combobox", { name: "Countries" });
    expect(box).toHaveAttribute("aria-invalid", "true");
    expect(box).toHaveAccessibleDescription(/the United Kingdom is "GB"/);
  });
});
