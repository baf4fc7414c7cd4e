import { DatasetError } from "../data/dataset-error";
import { readOffThread } from "../data/read-off-thread";
import { decodeDatasetBytes } from "../data/dataset-bytes";
import { encodingNotice } from "../data/sniff-bytes";
import type { Dataset } from "../domain/types";

/** A file read and checked: its dataset, and the text this browser keeps to reopen it. */
export interface OpenedFile {
  readonly dataset: Dataset;
  readonly text: string;
}

/**
 * Reads a file the user chose or dropped into a dataset, or says why it cannot be opened (a
 * DatasetError, in the words the file status shows).
 * Loaded with the first file opened (see use-open-file): the built-in view never reads one.
 */
export async function readOpenedFile(file: File, signal: AbortSignal): Promise<OpenedFile> {
  let text: string;
  let legacy = false;
  try {
    const decoded = decodeDatasetBytes(new Uint8Array(await file.arrayBuffer()), file.name);
    text = decoded.text;
    legacy = decoded.encoding === "windows-1252";
  } catch (error) {
    throw refusal(error, `${file.name} could not be read.`);
  }
  let dataset: Dataset;
  try {
    dataset = await readOffThread(
      {
        content: { text },
        name: file.name,
        label: `The file ${file.name}`,
        sourceTexts: { file: file.name },
      },
      { signal },
    );
  } catch (error) {
    if (signal.aborted) throw error;
    throw refusal(error, `${file.name} could not be opened.`);
  }
  if (!legacy) return { dataset, text };
  const warning = { kind: "encoding", text: encodingNotice(file.name) } as const;
  return { dataset: { ...dataset, warnings: [warning, ...dataset.warnings] }, text };
}

function refusal(error: unknown, otherwise: string): DatasetError {
  if (error instanceof DatasetError) return error;
  return new DatasetError(otherwise, [error instanceof Error ? error.message : String(error)]);
}
