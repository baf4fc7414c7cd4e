import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { Notices } from "../../src/ui/Notices";

afterEach(() => {
  vi.restoreAllMocks();
});

describe("Notices", () => {
  it("shows two notices in the same words as two items, and dismisses them", async () => {
    const consoleError = vi.spyOn(console, "error");
    const onDismiss = vi.fn();
    const text = "Some of the link's country codes could not be read.";
    render(
      <Notices
        notices={[
          { kind: "unreadable-country", text },
          { kind: "unreadable-country", text },
        ]}
        onDismiss={onDismiss}
      />,
    );
    const status = screen.getByRole("status");
    expect(
      within(status)
        .getAllByRole("listitem")
        .map((item) => item.textContent),
    ).toEqual([text, text]);
    expect(consoleError).not.toHaveBeenCalled();
    await userEvent.setup().click(screen.getByRole("button", { name: "Dismiss" }));
    expect(onDismiss).toHaveBeenCalledOnce();
  });
});

describe("Notices with very many notes", () => {
  it("lists the first 20 and counts the rest", () => {
    const notices = Array.from({ length: 10_000 }, (_, i) => ({
      kind: "event",
      text: `note ${i}`,
    }));
    render(<Notices notices={notices} onDismiss={() => {}} />);
    const items = within(screen.getByRole("status")).getAllByRole("listitem");
    expect(items).toHaveLength(21);
    expect(items[20]).toHaveTextContent("…and 9,980 more notes, not listed");
  });
});
