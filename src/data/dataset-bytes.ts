import { DatasetError } from "./dataset-error";
import {
  decodeTextBytes,
  notTextKind,
  type DecodedText,
  type Fallback,
  type NotText,
} from "./sniff-bytes";

// Apart from sniff-bytes, which every fetched dataset goes through: what a dataset that is not
// text is, and what to do instead, is only read for such a file (see fetch-text).

const UTF16_MEND =
  "Save it as UTF-8 (in Excel: “CSV UTF-8”; in a text editor: Save As, encoding UTF-8) and open it again.";

// What a dataset that is not text is, and what to do instead. A source file says it in its own
// words (src/data/source-file/not-text.ts).
const DATASET_REFUSALS: Readonly<Record<NotText, { is: string; mend: string }>> = {
  gzip: {
    is: "gzip-compressed",
    mend: "Unpack it first (with gunzip, 7-Zip or your file manager), then open the .json or .csv file inside.",
  },
  zip: {
    is: "a ZIP archive (or an Excel workbook, which is one)",
    mend: "Unpack it and open the .json or .csv file inside; from Excel, save the sheet as “CSV UTF-8”.",
  },
  pdf: {
    is: "a PDF document, not a dataset",
    mend: "Open a Sourceline or TimelineJS JSON file, or a TimelineJS spreadsheet or ACLED export in CSV.",
  },
  "utf-32": {
    is: "UTF-32 text",
    mend: "Save it as UTF-8 (in a text editor: Save As, encoding UTF-8) and open it again.",
  },
  "utf-16le-without-bom": {
    is: "UTF-16 text (little-endian, without a byte order mark)",
    mend: UTF16_MEND,
  },
  "utf-16be-without-bom": {
    is: "UTF-16 text (big-endian, without a byte order mark)",
    mend: UTF16_MEND,
  },
  binary: {
    is: "not a text file (it holds zero bytes)",
    mend: "Open a Sourceline or TimelineJS JSON file, or a TimelineJS spreadsheet or ACLED export in CSV, saved as UTF-8 text.",
  },
};

/**
 * The text the bytes hold: UTF-8 (with or without a byte order mark), UTF-16 with one, or, when
 * they are not UTF-8, read as `fallback` says. Throws a DatasetError, headed by `name`, that says
 * what the bytes are when they are not text we read.
 */
export function decodeDatasetBytes(
  bytes: Uint8Array,
  name: string,
  fallback: Fallback = "windows-1252",
): DecodedText {
  const kind = notTextKind(bytes);
  if (kind) {
    const { is, mend } = DATASET_REFUSALS[kind];
    throw new DatasetError(`${name} is ${is}.`, [mend]);
  }
  return decodeTextBytes(bytes, fallback);
}
