import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import type { ShownView } from "../../../src/domain/shown-view";
import type { Dataset, EventId } from "../../../src/domain/types";
import EmbedDialog from "../../../src/features/embed/EmbedDialog";
import { dayEvent } from "../../fixtures/day-events";

const DATASET: Dataset = {
  title: "Kabul, August 2021",
  description: "",
  sources: [],
  events: [dayEvent("a", 0), dayEvent("b", 1)],
  eras: [],
  warnings: [],
};
const SHOWN: ShownView = {
  dataset: DATASET,
  events: DATASET.events,
  window: { start: 0, end: 3 * 86_400_000 },
  selectedId: "b" as EventId,
  countries: ["AF"],
  groups: [],
  query: "",
  address: "https://example.org/sourceline/?event=b&country=AF&from=x&to=y",
};

function open(shown: ShownView = SHOWN) {
  const opener = document.createElement("button");
  document.body.append(opener);
  opener.focus();
  const onClose = vi.fn();
  render(<EmbedDialog shown={shown} onClose={onClose} />);
  return {
    opener,
    onClose,
    code: () => (screen.getByRole("textbox", { name: /code/i }) as HTMLTextAreaElement).value,
  };
}

describe("the Embed dialog", () => {
  it("shows the code for the view, and changes it with the reader's choices", async () => {
    const user = userEvent.setup();
    const { code } = open();
    expect(screen.getByRole("dialog", { name: "Embed this timeline" })).toBeInTheDocument();
    expect(code()).toContain(
      'src="https://example.org/sourceline/?embed=1&amp;event=b&amp;country=AF',
    );
    expect(code()).toContain(
      '<script src="https://example.org/sourceline/embed.js" defer></script>',
    );
    await user.click(
      screen.getByRole("checkbox", {
        name: `Open at the selected event (${DATASET.events[1]?.title})`,
      }),
    );
    await user.click(screen.getByRole("checkbox", { name: "Keep the filters (AF)" }));
    await user.click(screen.getByRole("checkbox", { name: "Keep the time window" }));
    expect(code()).toContain('src="https://example.org/sourceline/?embed=1"');
    const height = screen.getByRole("spinbutton", { name: "Height (px)" });
    await user.clear(height);
    await user.type(height, "480");
    await user.type(screen.getByRole("textbox", { name: /^Name/ }), "kabul");
    expect(code()).toContain('<iframe data-sourceline="kabul" ');
    expect(code()).toContain('height="480"');
  });

  it("says Copied, or selects the code when the clipboard is refused", async () => {
    const user = userEvent.setup();
    const { code } = open();
    await user.click(screen.getByRole("button", { name: "Copy code" }));
    expect(screen.getByRole("status")).toHaveTextContent("Copied");
    expect(await navigator.clipboard.readText()).toBe(code());
    vi.spyOn(navigator.clipboard, "writeText").mockRejectedValue(new Error("denied"));
    await user.click(screen.getByRole("button", { name: "Copy code" }));
    expect(screen.getByRole("status")).toHaveTextContent(/refused.*selected/);
    expect(screen.getByRole("textbox", { name: /code/i })).toHaveFocus();
  });

  it("closes on Escape and gives focus back", async () => {
    const user = userEvent.setup();
    const { opener, onClose } = open();
    await user.keyboard("{Escape}");
    expect(onClose).toHaveBeenCalled();
    expect(opener).toHaveFocus();
  });

  it("says a dataset from a local file needs a public address", () => {
    open({ ...SHOWN, data: "local:abc" });
    expect(screen.getByRole("note")).toHaveTextContent(/public address/);
  });
});
