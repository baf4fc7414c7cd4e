import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useRef, useState } from "react";
import { describe, expect, it } from "vitest";
import { useFocusTrap } from "../../src/ui/use-focus-trap";

function Trap({ withControls }: { withControls: boolean }) {
  const [open, setOpen] = useState(true);
  const ref = useRef<HTMLDivElement>(null);
  useFocusTrap(open, ref, () => setOpen(false));
  return (
    <>
      <button type="button">Outside</button>
      {open && (
        <div role="dialog" aria-label="Trap" tabIndex={-1} ref={ref}>
          {withControls && (
            <>
              <button type="button">One</button>
              <button type="button">Two</button>
            </>
          )}
        </div>
      )}
    </>
  );
}

describe("useFocusTrap", () => {
  it("focuses the trap itself when it holds no control, and Tab stays there", async () => {
    const user = userEvent.setup();
    render(<Trap withControls={false} />);
    const dialog = screen.getByRole("dialog", { name: "Trap" });
    expect(dialog).toHaveFocus();
    await user.tab();
    expect(dialog).toHaveFocus();
  });

  it("brings focus that was clicked out back in at the near end", async () => {
    const user = userEvent.setup();
    render(<Trap withControls />);
    await user.click(screen.getByRole("button", { name: "Outside" }));
    await user.tab();
    expect(screen.getByRole("button", { name: "One" })).toHaveFocus();
    await user.click(screen.getByRole("button", { name: "Outside" }));
    await user.tab({ shift: true });
    expect(screen.getByRole("button", { name: "Two" })).toHaveFocus();
  });

  it("calls onEscape on Escape", async () => {
    const user = userEvent.setup();
    render(<Trap withControls />);
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("dialog")).toBeNull();
  });
});
