import { DatasetError } from "../data/dataset-error";
import { HEADER_BYTES, startsAcledExport } from "../data/acled-stream-claim";
import { MAX_STREAMED_ROWS } from "../data/read-acled-stream";
import { MAX_DATASET_CHARS, megabytes } from "../data/read-dataset";
import { readOffThread } from "../data/read-off-thread";
import { readStreamed } from "../data/read-in-worker";
import { formatCount } from "../domain/count";
import { decodeDatasetBytes } from "../data/dataset-bytes";
import { encodingNotice } from "../data/sniff-bytes";
import type { Dataset } from "../domain/types";

/**
 * A file read and checked: its dataset, and the text this browser keeps to reopen it (none for
 * an export read as it streamed, too large to keep as one text).
 */
export interface OpenedFile {
  readonly dataset: Dataset;
  readonly text?: string;
}

/**
 * Reads a file the user chose or dropped into a dataset, or says why it cannot be opened (a
 * DatasetError, in the words the file status shows).
 * Loaded with the first file opened (see use-open-file): the built-in view never reads one.
 */
export async function readOpenedFile(file: File, signal: AbortSignal): Promise<OpenedFile> {
  if (file.size > MAX_DATASET_CHARS) return { dataset: await readLargeFile(file, signal) };
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

/**
 * A file over the whole-file limit: an ACLED export is read as it streams, in a Worker (it has a
 * row limit instead); any other is refused before it is read.
 */
async function readLargeFile(file: File, signal: AbortSignal): Promise<Dataset> {
  const start = new Uint8Array(await file.slice(0, HEADER_BYTES).arrayBuffer());
  if (!(await startsAcledExport([start], true))) {
    // File sizes are in bytes and the limit in characters: close enough for a clear refusal
    // before reading a file far too large into memory.
    throw new DatasetError(`${file.name} is too large to open.`, [
      `It is ${megabytes(file.size)}; this app opens files up to ${megabytes(MAX_DATASET_CHARS)}, or ACLED exports of up to ${formatCount(MAX_STREAMED_ROWS)} rows.`,
    ]);
  }
  const request = {
    content: { file },
    name: file.name,
    label: `The file ${file.name}`,
    sourceTexts: { file: file.name },
  };
  try {
    return await readStreamed(request, { signal }).outcome;
  } catch (error) {
    if (signal.aborted) throw error;
    throw refusal(error, `${file.name} could not be opened.`);
  }
}

function refusal(error: unknown, otherwise: string): DatasetError {
  if (error instanceof DatasetError) return error;
  return new DatasetError(otherwise, [error instanceof Error ? error.message : String(error)]);
}
