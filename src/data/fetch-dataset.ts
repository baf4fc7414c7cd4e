import type { Dataset } from "../domain/types";
import { DatasetError } from "./dataset-error";
import { fetchDecoded } from "./fetch-text";
import { reportReceived, reportStep } from "./load-progress";
import { readOffThread } from "./read-off-thread";
import { encodingNotice } from "./sniff-bytes";
import { timed } from "./timed";
import { showControls } from "../domain/bidi";

/** Fetches a dataset (in any format we open) and its source texts, and validates them. */
export async function fetchDataset(url: string, signal?: AbortSignal): Promise<Dataset> {
  const base = datasetAddress(url);
  reportReceived(url, 0);
  const { text, encoding } = await timed("fetch", () =>
    fetchDecoded(base, signal, (bytes, total) => reportReceived(url, bytes, total)),
  );
  const dataset = await readOffThread(
    {
      text,
      name: base.pathname.split("/").pop() || base.href,
      label: `The dataset at ${base.href}`,
      sourceTexts: { base: base.href },
    },
    { signal, onStep: (step) => reportStep(url, step) },
  );
  if (encoding !== "windows-1252") return dataset;
  const warning = { kind: "encoding", text: encodingNotice(base.href) } as const;
  return { ...dataset, warnings: [warning, ...dataset.warnings] };
}

/** The dataset's address, resolved against the page; only http(s) is fetched. */
function datasetAddress(url: string): URL {
  let address: URL;
  try {
    address = new URL(url, document.baseURI);
  } catch {
    throw new DatasetError(`"${showControls(url)}" is not a valid dataset address.`, []);
  }
  if (address.protocol !== "http:" && address.protocol !== "https:") {
    throw new DatasetError(
      `The dataset address "${showControls(url)}" is not an http(s) address.`,
      [],
    );
  }
  return address;
}
