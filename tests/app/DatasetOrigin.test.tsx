import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { DatasetOrigin } from "../../src/app/DatasetOrigin";
import { FORMAT_NAMES } from "../../src/data/read-dataset";
import { kabulDataset } from "../fixtures/kabul";

const dataset = kabulDataset();

describe("DatasetOrigin", () => {
  // The banner wraps the format in parentheses, so a label with its own would nest them:
  // "(TimelineJS spreadsheet (CSV))".
  it.each(Object.values(FORMAT_NAMES))(
    "names a file opened as %s without nested parentheses",
    (format) => {
      render(
        <DatasetOrigin
          dataset={{ ...dataset, origin: { name: "sheet.csv", format } }}
          datasetUrl="local:abc123"
          kept
        />,
      );
      const banner = screen.getByText(/^File:/);
      expect(banner).toHaveTextContent(`File: sheet.csv (${format}), kept in this browser`);
      expect(banner.textContent).not.toMatch(/\([^)]*\(/);
    },
  );

  it("names the TimelineJS spreadsheet format in words", () => {
    render(
      <DatasetOrigin
        dataset={{
          ...dataset,
          origin: { name: "sheet.csv", format: FORMAT_NAMES["timelinejs-csv"] },
        }}
        datasetUrl="https://example.org/sheet.csv"
        kept={false}
      />,
    );
    expect(screen.getByText(/^Dataset:/)).toHaveTextContent(
      "Dataset: https://example.org/sheet.csv (TimelineJS CSV spreadsheet)",
    );
  });
});

describe("DatasetOrigin with a right-to-left override in the address", () => {
  it("keeps the address in its own bidi run, apart from the way back", () => {
    const address = "https://example.org/\u202Eevil.json";
    render(<DatasetOrigin dataset={dataset} datasetUrl={address} kept={false} />);
    const url = screen.getByText(address);
    expect(url.tagName).toBe("BDI");
    const back = screen.getByRole("link", { name: "Back to the built-in timeline" });
    expect(url).not.toContainElement(back);
  });

  it("keeps a file's name in its own bidi run", () => {
    render(
      <DatasetOrigin
        dataset={{ ...dataset, origin: { name: "\u202Esheet.csv", format: "CSV" } }}
        datasetUrl="local:abc123"
        kept
      />,
    );
    expect(screen.getByText("\u202Esheet.csv").tagName).toBe("BDI");
  });
});
