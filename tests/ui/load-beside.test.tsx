import { render, screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { loadBeside } from "../../src/ui/load-beside";

function Greeting({ name }: { name: string }) {
  return <p>Hello, {name}</p>;
}

describe("loadBeside", () => {
  it("shows the fallback while the chunk is on its way, then the component", async () => {
    let arrive: (component: typeof Greeting) => void = () => {};
    const Late = loadBeside(
      () => new Promise<typeof Greeting>((resolve) => (arrive = resolve)),
      "The greeting",
      <p>Loading the greeting…</p>,
    );
    render(<Late name="Kabul" />);
    expect(screen.getByText("Loading the greeting…")).toBeInTheDocument();
    arrive(Greeting);
    expect(await screen.findByText("Hello, Kabul")).toBeInTheDocument();
    expect(screen.queryByText("Loading the greeting…")).toBeNull();
  });

  it("draws a component whose chunk is already in at once, with no fallback", async () => {
    const Ready = loadBeside(() => Promise.resolve(Greeting), "The greeting", <p>Loading…</p>);
    // The chunk arrives before anything asks for it, as it does beside a dataset's download.
    await Promise.resolve();
    await Promise.resolve();
    render(<Ready name="Herat" />);
    expect(screen.getByText("Hello, Herat")).toBeInTheDocument();
    expect(screen.queryByText("Loading…")).toBeNull();
  });

  it("says what could not be shown when the chunk fails to load", async () => {
    vi.spyOn(console, "warn").mockImplementation(() => {});
    vi.spyOn(console, "error").mockImplementation(() => {});
    const Broken = loadBeside<{ name: string }>(
      () => Promise.reject(new Error("Failed to fetch dynamically imported module")),
      "The greeting",
    );
    render(
      <>
        <Broken name="Kandahar" />
        <p>The rest of the page</p>
      </>,
    );
    expect(await screen.findByRole("alert", { name: "The greeting failed" })).toHaveTextContent(
      "The greeting could not be shown",
    );
    expect(screen.getByText("The rest of the page")).toBeInTheDocument();
  });
});
