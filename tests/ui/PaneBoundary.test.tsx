import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { PaneBoundary } from "../../src/ui/PaneBoundary";

let broken = true;
function Article() {
  if (broken) throw new Error("The source text is missing.");
  return <p>The article text</p>;
}

describe("PaneBoundary", () => {
  it("keeps a crash inside its pane, says what broke, and tries again on request", async () => {
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const user = userEvent.setup();
    render(
      <>
        <button type="button">Zoom in</button>
        <PaneBoundary name="The article">
          <Article />
        </PaneBoundary>
      </>,
    );
    const alert = screen.getByRole("alert", { name: "The article failed" });
    expect(alert).toHaveTextContent("The article could not be shown");
    expect(alert).toHaveTextContent(
      "The source text is missing. The rest of Sourceline still works.",
    );
    expect(screen.getByRole("button", { name: "Zoom in" })).toBeInTheDocument();

    broken = false;
    await user.click(screen.getByRole("button", { name: "Try again" }));
    expect(screen.getByText("The article text")).toBeInTheDocument();
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  });
});
