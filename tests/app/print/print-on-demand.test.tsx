import { screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { printOnDemand } from "../../../src/app/print/print-on-demand";
import { PRINTED_EVENTS } from "../../../src/features/print/printed-events";
import type { Dataset } from "../../../src/domain/types";
import { dayEvent } from "../../fixtures/day-events";
import { kabulDataset } from "../../fixtures/kabul";
import { aShownView } from "../../fixtures/shown-views";

let stop: (() => void) | undefined;
afterEach(() => {
  stop?.();
  stop = undefined;
});

// Hidden included: jsdom applies the stylesheet's screen rule as if this were a screen.
const printed = () => screen.queryByRole("article", { name: "Printed timeline", hidden: true });
const titles = () =>
  within(printed() as HTMLElement)
    .getAllByRole("heading", { level: 3, hidden: true })
    .map((heading) => heading.textContent);

describe("printOnDemand", () => {
  it("links its stylesheet once however many datasets are shown one after another", () => {
    const append = vi.spyOn(document.head, "append");
    printOnDemand(() => aShownView({}))();
    stop = printOnDemand(() => aShownView({}));
    expect(append).toHaveBeenCalledTimes(1);
    append.mockRestore();
  });

  it("draws the shown events at beforeprint, in date order, and takes them away at afterprint", () => {
    stop = printOnDemand(() => aShownView({ countries: ["CN"] }));
    expect(printed()).toBeNull();

    dispatchEvent(new Event("beforeprint"));
    expect(titles()).toEqual([
      "China says the Taliban have changed",
      "China: the Taliban “will not repeat the past”",
      "Russia ready to revive the Moscow format",
    ]);
    const document = within(printed() as HTMLElement);
    expect(
      document.getByText("Showing 3 of 16 events · country: China · 14–20 Aug 2021"),
    ).toBeInTheDocument();
    expect(
      document.getByRole("img", { name: /^The timeline: /, hidden: true }),
    ).toBeInTheDocument();
    expect(document.getAllByText(/^https:\/\/www\.presstv\.ir\/Detail\//).length).toBeGreaterThan(
      2,
    );
    expect(document.queryAllByRole("button", { hidden: true })).toEqual([]);

    dispatchEvent(new Event("afterprint"));
    expect(printed()).toBeNull();
  });

  it("prints the view as it is when printing starts, not as it was when set up", () => {
    let view = aShownView();
    stop = printOnDemand(() => view);
    view = aShownView({ countries: ["CN"] });
    dispatchEvent(new Event("beforeprint"));
    expect(titles()).toHaveLength(3);
  });

  it("prints the first 2,000 of a long list and says how many it leaves out", () => {
    const events = Array.from({ length: PRINTED_EVENTS + 5 }, (_, i) =>
      dayEvent(`e${i}`, Math.floor(i / 200)),
    );
    const dataset: Dataset = { ...kabulDataset(), events, sources: [] };
    stop = printOnDemand(() => aShownView({ dataset }));
    dispatchEvent(new Event("beforeprint"));
    expect(titles()).toHaveLength(PRINTED_EVENTS);
    expect(
      within(printed() as HTMLElement).getByText(
        "And 5 more events, not printed: only the first 2,000 are. Export the data for all of them.",
      ),
    ).toBeInTheDocument();
  });
});
