import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import type { Dataset } from "../../../src/domain/types";
import { fileStem } from "../../../src/features/share/export-events";
import { ExportMenu } from "../../../src/features/share/ExportMenu";
import { dayEvent } from "../../fixtures/day-events";
import { kabulDataset } from "../../fixtures/kabul";
import { withKeptSummaries } from "../../fixtures/kept-summaries";

const DATASET: Dataset = {
  title: "Kabul, August 2021",
  description: "",
  sources: [],
  events: [dayEvent("a", 0), dayEvent("b", 0)],
  eras: [],
  warnings: [],
};

/** Downloads caught instead of made: the clicked links and the files behind them. */
function catchDownloads() {
  const created = vi.fn((_blob: Blob) => "blob:export");
  vi.stubGlobal("URL", Object.assign(URL, { createObjectURL: created, revokeObjectURL: vi.fn() }));
  const clicked = vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => {});
  return { created, clicked };
}

describe("ExportMenu", () => {
  it("opens a panel naming what is exported, and Escape closes it back onto the button", async () => {
    const user = userEvent.setup();
    const { clicked } = catchDownloads();
    render(<ExportMenu dataset={DATASET} events={DATASET.events} />);
    const button = screen.getByRole("button", { name: "Export" });
    expect(button).toHaveAttribute("aria-expanded", "false");
    await user.click(button);
    expect(button).toHaveAttribute("aria-expanded", "true");
    expect(
      screen.getByText(/The 2 events shown, with their dates and citations, as:/),
    ).toBeVisible();
    const formats = screen.getAllByRole("button").filter((b) => b !== button);
    expect(formats.map((b) => b.textContent)).toEqual([
      "Sourceline JSON",
      "Sourceline JSON (columns)",
      "CSV",
      "TimelineJS JSON",
      "Web Annotations (JSON-LD)",
    ]);
    await user.click(formats[1] as HTMLElement);
    // The download finishes here, not in the next test.
    await vi.waitFor(() => expect(clicked).toHaveBeenCalledTimes(1));
    await user.click(button);
    await user.keyboard("{Escape}");
    expect(button).toHaveAttribute("aria-expanded", "false");
    expect(button).toHaveFocus();
  });

  it("says it is exporting until the file is handed to the browser", async () => {
    const user = userEvent.setup();
    const { clicked } = catchDownloads();
    // The file is written after the next frame: held here until the test lets it come.
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal("requestAnimationFrame", (frame: FrameRequestCallback) => frames.push(frame));
    render(<ExportMenu dataset={DATASET} events={DATASET.events} />);
    await user.click(screen.getByRole("button", { name: "Export" }));
    await user.click(screen.getByRole("button", { name: "Sourceline JSON" }));
    expect(screen.getByRole("button", { name: "Exporting…" })).toBeInTheDocument();
    expect(screen.getByRole("status")).toHaveTextContent("Exporting 2 events…");
    // Reopened meanwhile, the formats wait for this export to finish.
    await user.click(screen.getByRole("button", { name: "Exporting…" }));
    expect(screen.getByRole("button", { name: "CSV" })).toBeDisabled();
    await vi.waitFor(() => expect(frames).toHaveLength(1));
    expect(clicked).not.toHaveBeenCalled();
    frames[0]?.(performance.now());
    await vi.waitFor(() => expect(clicked).toHaveBeenCalledTimes(1));
    expect(await screen.findByRole("button", { name: "Export" })).toBeInTheDocument();
    expect(screen.getByRole("status")).toHaveTextContent("");
  });

  it("downloads the chosen format as a named file", async () => {
    const user = userEvent.setup();
    const { created, clicked } = catchDownloads();
    render(<ExportMenu dataset={DATASET} events={DATASET.events.slice(0, 1)} />);
    await user.click(screen.getByRole("button", { name: "Export" }));
    expect(screen.getByText(/The event shown/)).toBeVisible();
    await user.click(screen.getByRole("button", { name: "CSV" }));
    await vi.waitFor(() => expect(clicked).toHaveBeenCalledTimes(1));
    const link = clicked.mock.instances[0] as unknown as HTMLAnchorElement;
    expect(link.download).toBe("kabul-august-2021.csv");
    const blob = (created.mock.calls[0] as [Blob])[0];
    const text = await blob.text();
    expect(text.split("\r\n")[1]).toMatch(/^a,/);
    expect(text).not.toMatch(/^b,/m);
  });

  it("writes a very large dataset's summaries, which its reading Worker kept, into the file", async () => {
    const user = userEvent.setup();
    const { created, clicked } = catchDownloads();
    const summaries = ["What happened first.", "What happened next."];
    const kept = withKeptSummaries({
      ...DATASET,
      events: DATASET.events.map((event, i) => ({ ...event, summary: summaries[i] ?? "" })),
    });
    expect(kept.events.every((event) => event.summary === "")).toBe(true);
    render(<ExportMenu dataset={kept} events={kept.events} />);
    await user.click(screen.getByRole("button", { name: "Export" }));
    await user.click(screen.getByRole("button", { name: "Sourceline JSON" }));
    await vi.waitFor(() => expect(clicked).toHaveBeenCalledTimes(1));
    const written = JSON.parse(await (created.mock.calls[0] as [Blob])[0].text()) as {
      events: { summary?: string }[];
    };
    expect(written.events.map((event) => event.summary)).toEqual(summaries);
  });

  it("downloads the shown quotations as W3C Web Annotations in JSON-LD", async () => {
    const user = userEvent.setup();
    const { created, clicked } = catchDownloads();
    const kabul = kabulDataset();
    render(<ExportMenu dataset={kabul} events={kabul.events.slice(0, 2)} />);
    await user.click(screen.getByRole("button", { name: "Export" }));
    await user.click(screen.getByRole("button", { name: "Web Annotations (JSON-LD)" }));
    await vi.waitFor(() => expect(clicked).toHaveBeenCalledTimes(1));
    const link = clicked.mock.instances[0] as unknown as HTMLAnchorElement;
    expect(link.download).toBe("the-fall-of-kabul-august-2021.annotations.jsonld");
    const blob = (created.mock.calls[0] as [Blob])[0];
    expect(blob.type).toBe("application/ld+json;charset=utf-8");
    const document = JSON.parse(await blob.text()) as { type: string; total: number };
    const quotes = kabul.events.slice(0, 2).reduce((sum, event) => sum + event.quotes.length, 0);
    expect(document).toMatchObject({ type: "AnnotationCollection", total: quotes });
  });

  it("is disabled when no event is shown", () => {
    render(<ExportMenu dataset={DATASET} events={[]} />);
    expect(screen.getByRole("button", { name: "Export" })).toBeDisabled();
    expect(within(document.body).queryByRole("button", { name: "CSV" })).toBeNull();
  });
});

describe("fileStem", () => {
  it("makes a file name from a title", () => {
    expect(fileStem("Kabul, August 2021")).toBe("kabul-august-2021");
    expect(fileStem("Éras <Test>")).toBe("eras-test");
    expect(fileStem("???")).toBe("timeline");
  });
});

describe("ExportMenu, drawn again as the timeline pans", () => {
  it("looks through its events for quotations once per list, not on every frame", () => {
    const events = [dayEvent("a", 0), dayEvent("b", 0)];
    // Counts each look at an event's quotations.
    let looked = 0;
    const watched = events.map((event) => ({
      ...event,
      get quotes() {
        looked++;
        return event.quotes;
      },
    }));
    const window = (start: number) => ({ start, end: start + 86_400_000 });
    const { rerender } = render(
      <ExportMenu dataset={DATASET} events={watched} window={window(0)} />,
    );
    const once = looked;
    expect(once).toBeGreaterThan(0);
    for (let frame = 1; frame <= 5; frame++) {
      rerender(<ExportMenu dataset={DATASET} events={watched} window={window(frame)} />);
    }
    expect(looked).toBe(once);
    expect(screen.getByRole("button", { name: "Export" })).toBeEnabled();
  });
});
