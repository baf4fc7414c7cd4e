import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readOpenedFile } from "../../src/app/read-opened-file";
import { DatasetError } from "../../src/data/dataset-error";
import { readDataset } from "../../src/data/read-dataset";
import { failure } from "../rejection";

// Through a variable: Vite rewrites a literal `new URL("…", import.meta.url)` into an asset.
const HERE = import.meta.url;
const FIXTURE = readFileSync(new URL("../fixtures/acled/exampleville.csv", HERE), "utf8");
// Empty lines, which every CSV reader skips: enough to pass the 50 MB whole-file limit quickly.
const PADDING = new Uint8Array(51_000_000).fill(10);

describe("readOpenedFile, given a file over 50 MB", () => {
  it("reads an ACLED export as it streams, to the dataset its rows give, with no text to keep", async () => {
    const file = new File([FIXTURE, PADDING], "export.csv", { type: "text/csv" });
    const opened = await readOpenedFile(file, new AbortController().signal);
    expect(opened.text).toBeUndefined();
    expect(opened.dataset).toEqual(
      await readDataset(FIXTURE, { name: "export.csv", label: "The file export.csv" }),
    );
  });

  it("refuses any other file before reading it, naming both limits", async () => {
    const file = new File(["[", PADDING, "]"], "big.json");
    const error = await failure(readOpenedFile(file, new AbortController().signal));
    expect(error).toBeInstanceOf(DatasetError);
    expect(error).toHaveProperty("message", "big.json is too large to open.");
    expect(error).toHaveProperty("problems", [
      "It is 51.1 MB; this app opens files up to 50 MB, or ACLED exports of up to 1,500,000 rows.",
    ]);
  });
});
