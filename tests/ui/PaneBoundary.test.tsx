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

function Timeline({ dataset }: { dataset: string }) {
  if (dataset === "broken.json") throw new Error("An event has no date.");
  return <p>Events of {dataset}</p>;
}

describe("PaneBoundary, when the cause is data", () => {
  it("tries again by itself once the data it showed is replaced", () => {
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const pane = (dataset: string) => (
      <PaneBoundary name="The timeline" resetKey={dataset}>
        <Timeline dataset={dataset} />
      </PaneBoundary>
    );
    const { rerender } = render(pane("broken.json"));
    expect(screen.getByRole("alert", { name: "The timeline failed" })).toBeInTheDocument();
    rerender(pane("other.json"));
    expect(screen.getByText("Events of other.json")).toBeInTheDocument();
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  });

  it("offers a way out for the whole page instead of pointing to the rest of it", () => {
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    vi.spyOn(console, "warn").mockImplementation(() => undefined);
    render(
      <PaneBoundary name="Sourceline" wayOut={<a href="?">Open the built-in timeline</a>}>
        <Timeline dataset="broken.json" />
      </PaneBoundary>,
    );
    const alert = screen.getByRole("alert", { name: "Sourceline failed" });
    expect(alert).toHaveTextContent("An event has no date.");
    expect(alert).not.toHaveTextContent("The rest of Sourceline still works");
    expect(screen.getByRole("link", { name: "Open the built-in timeline" })).toBeInTheDocument();
  });
});
