import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useRef } from "react";
import { describe, expect, it, vi } from "vitest";
import { useDismiss } from "../../src/ui/use-dismiss";

function Popup(props: {
  onDismiss: (byEscape: boolean) => void;
  escapeFrom: "anywhere" | "inside";
}) {
  const rootRef = useRef<HTMLDivElement>(null);
  useDismiss(true, rootRef, props.onDismiss, props.escapeFrom);
  return (
    <>
      <div ref={rootRef}>
        <button type="button">Inside</button>
      </div>
      <button type="button">Outside</button>
    </>
  );
}

describe("useDismiss", () => {
  it("dismisses on a click outside, not inside", async () => {
    const user = userEvent.setup();
    const onDismiss = vi.fn();
    render(<Popup onDismiss={onDismiss} escapeFrom="anywhere" />);
    await user.click(screen.getByRole("button", { name: "Inside" }));
    expect(onDismiss).not.toHaveBeenCalled();
    await user.click(screen.getByRole("button", { name: "Outside" }));
    expect(onDismiss).toHaveBeenCalledWith(false);
  });

  it("dismisses on Escape anywhere, or only from inside when asked", async () => {
    const user = userEvent.setup();
    const anywhere = vi.fn();
    const { unmount } = render(<Popup onDismiss={anywhere} escapeFrom="anywhere" />);
    await user.keyboard("{Escape}");
    expect(anywhere).toHaveBeenCalledWith(true);
    unmount();

    const inside = vi.fn();
    render(<Popup onDismiss={inside} escapeFrom="inside" />);
    await user.keyboard("{Escape}");
    expect(inside).not.toHaveBeenCalled();
    screen.getByRole("button", { name: "Inside" }).focus();
    await user.keyboard("{Escape}");
    expect(inside).toHaveBeenCalledWith(true);
  });
});
