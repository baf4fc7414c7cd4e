import { render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { DatasetWarning } from "../../src/domain/types";
import { DatasetWarnings } from "../../src/ui/DatasetWarnings";

const missing = (text: string): DatasetWarning => ({ kind: "quote-missing", text });

afterEach(() => {
  vi.restoreAllMocks();
});

describe("DatasetWarnings", () => {
  it("lists two warnings in the same words as two items", () => {
    // React says so on the console when two items share a key, and may then drop one.
    const consoleError = vi.spyOn(console, "error");
    const same = 'quote 1 of "a" is not found in the source text';
    render(<DatasetWarnings warnings={[missing(same), missing(same)]} />);
    const list = screen.getByRole("list");
    expect(
      within(list)
        .getAllByRole("listitem")
        .map((item) => item.textContent),
    ).toEqual([same, same]);
    expect(consoleError).not.toHaveBeenCalled();
  });

  it("counts quotations by their kind, not by their first words", () => {
    render(
      <DatasetWarnings
        skipped={2}
        warnings={[
          { kind: "skipped", text: "Skipped row 3: Year is empty" },
          { kind: "skipped", text: "Skipped row 4: Year is empty" },
          { kind: "quote-moved", text: 'Skipped words: quote 1 of "a" was re-anchored' },
          { kind: "unlisted", text: "…and 3 more quotations, not listed" },
        ]}
      />,
    );
    expect(
      screen.getByText(
        "2 items of the file could not be read and were left out; 1 quotation needed attention while loading",
      ),
    ).toBeInTheDocument();
  });

  it("says first that a source's text has changed since it was quoted, then what that did", () => {
    render(
      <DatasetWarnings
        warnings={[
          { kind: "text-changed", text: "This source's text has changed since it was quoted: “A”" },
          { kind: "quote-moved", text: "quote 1 was re-anchored" },
          { kind: "quote-approximate", text: "quote 2 matched approximately" },
        ]}
      />,
    );
    expect(
      screen.getByText(
        "This source's text has changed since it was quoted; 2 quotations needed attention while loading",
      ),
    ).toBeInTheDocument();
  });

  it("counts the sources whose texts changed when there are several", () => {
    const changed: DatasetWarning = { kind: "text-changed", text: "changed" };
    render(<DatasetWarnings warnings={[changed, changed]} />);
    expect(
      screen.getByText("2 sources' texts have changed since they were quoted"),
    ).toBeInTheDocument();
  });

  it("does not call a file read as Windows-1252 a quotation that needed attention", () => {
    render(
      <DatasetWarnings
        warnings={[
          { kind: "encoding", text: "a.csv is not UTF-8, so it was read as Windows-1252" },
        ]}
      />,
    );
    expect(screen.getByText("read as Windows-1252, not UTF-8")).toBeInTheDocument();
    expect(screen.queryByText(/quotation/)).not.toBeInTheDocument();
  });

  it("says how many fields were cut short, and lists each", () => {
    const cut = (text: string): DatasetWarning => ({ kind: "cut", text });
    render(
      <DatasetWarnings
        warnings={[
          cut('events[0] "a".title: is 41,943,059 characters long; only its first 1,000 are kept'),
          cut("sources[0].publisher: is 2,000 characters long; only its first 1,000 are kept"),
        ]}
      />,
    );
    expect(screen.getByText("2 fields were too long and cut short")).toBeInTheDocument();
    expect(screen.getAllByRole("listitem")).toHaveLength(2);
  });
});

describe("DatasetWarnings with very many warnings", () => {
  it("lists the first 100 of 100,000 and offers the next", () => {
    const warnings = Array.from({ length: 100_000 }, (_, i) => missing(`quote ${i} is not found`));
    render(<DatasetWarnings warnings={warnings} />);
    expect(within(screen.getByRole("list")).getAllByRole("listitem")).toHaveLength(100);
    expect(screen.getByText("Showing 100 of 100,000 warnings.")).toBeInTheDocument();
    expect(
      screen.getByRole("button", { name: "Show 100 more (99,900 not shown)", hidden: true }),
    ).toBeInTheDocument();
  });
});
