import { fireEvent, screen } from "@testing-library/react";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { OFF_THREAD_FROM_CHARS } from "../../src/data/off-thread-size";
import { FakeWorker } from "../fake-worker";
import { PUBLIC, renderApp } from "../render-app";

afterEach(() => {
  FakeWorker.started = [];
  vi.unstubAllGlobals();
});

// The built-in dataset led by enough white space (still valid JSON) to be read in a Worker.
const padded = () =>
  " ".repeat(OFF_THREAD_FROM_CHARS) +
  readFileSync(join(PUBLIC, "datasets/kabul-2021.json"), "utf8");

describe("a large dataset's search", () => {
  it("is answered by the Worker that read it: “Searching…” until its answer comes, then the matching events", async () => {
    vi.stubGlobal("Worker", FakeWorker);
    renderApp("data=/datasets/large.json", (path) =>
      path === "/datasets/large.json" ? new Response(padded()) : undefined,
    );
    const box = await screen.findByRole("searchbox", { name: "Search events" }, { timeout: 5000 });
    expect(FakeWorker.started).toHaveLength(1);
    fireEvent.change(box, { target: { value: "lavrov" } });
    // The answer comes in a later task; the status tells the wait, then the result.
    expect(screen.getByText("Searching 16 events…")).toHaveAttribute("role", "status");
    expect(await screen.findByText(/^Showing \d+ of 16 events$/)).toHaveAttribute("role", "status");
    const shown = screen.getByText(/^Showing \d+ of 16 events$/).textContent ?? "";
    expect(Number(/Showing (\d+)/.exec(shown)?.[1])).toBeGreaterThan(0);
    expect(Number(/Showing (\d+)/.exec(shown)?.[1])).toBeLessThan(16);
    expect(FakeWorker.started[0]?.terminated).toBe(false);
  });
});
