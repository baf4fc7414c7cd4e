import { renderHook, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { usePrintDocument } from "../../../src/app/print/use-print-document";
import { kabulDataset } from "../../fixtures/kabul";
import { withKeptSummaries } from "../../fixtures/kept-summaries";
import { aShownView } from "../../fixtures/shown-views";

const printed = () => screen.queryByRole("article", { name: "Printed timeline", hidden: true });

afterEach(() => {
  dispatchEvent(new Event("afterprint"));
});

describe("usePrintDocument", () => {
  it("prints a very large dataset's summaries, asked of its reading Worker ahead of printing", async () => {
    const dataset = kabulDataset();
    const summary = dataset.events.find((event) => event.summary.length > 20)?.summary ?? "";
    expect(summary).not.toBe("");
    const { unmount } = renderHook(() =>
      usePrintDocument(aShownView({ dataset: withKeptSummaries(dataset) })),
    );
    // Once printing is set up (at idle) and the view has settled, a print has the summaries.
    await vi.waitFor(
      () => {
        dispatchEvent(new Event("afterprint"));
        dispatchEvent(new Event("beforeprint"));
        expect(within(printed() as HTMLElement).getByText(summary)).toBeInTheDocument();
      },
      { timeout: 10_000, interval: 100 },
    );
    unmount();
  });
});
