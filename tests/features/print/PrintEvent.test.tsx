import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { TimelineEvent } from "../../../src/domain/types";
import { PrintEvent } from "../../../src/features/print/PrintEvent";
import { kabulDataset } from "../../fixtures/kabul";

const kabul = kabulDataset();
const sources = new Map(kabul.sources.map((source) => [source.id, source]));
const china = kabul.events.find((event) => event.id === "china-says-taliban-changed");

describe("a printed event's quotations", () => {
  it("say when one was moved or matched approximately, and nothing more when exact", () => {
    if (!china) throw new Error("no china-says-taliban-changed event");
    const [moved, approximate, exact] = china.quotes;
    if (!moved || !approximate || !exact) throw new Error("the event has fewer quotations");
    const event: TimelineEvent = {
      ...china,
      quotes: [
        { ...moved, anchoring: { status: "moved" } },
        {
          ...approximate,
          anchoring: { status: "approximate", errors: 2, score: 0.9, changes: [] },
        },
        exact,
      ],
    };
    render(
      <ul>
        <PrintEvent event={event} sources={sources} selected={false} />
      </ul>,
    );
    expect(screen.getByText(/\(moved: same words, new place\)/)).toBeInTheDocument();
    expect(screen.getByText(/\(approximate: 2 characters differ\)/)).toBeInTheDocument();
    expect(screen.getAllByText(/\((moved|approximate)/)).toHaveLength(2);
  });
});
