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
      const banner = screen.getByText(/^File: sheet\.csv/);
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
