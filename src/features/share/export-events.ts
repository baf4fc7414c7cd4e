import { withSummaries } from "../../domain/remote-summaries";
import type { Dataset, TimelineEvent, TimeWindow } from "../../domain/types";
import { FORMATS, type ExportFormat } from "./export-formats";

/** Downloads the events as a file in the format given. */
export async function exportEvents(
  dataset: Dataset,
  events: readonly TimelineEvent[],
  format: ExportFormat = FORMATS[0],
  window?: TimeWindow,
) {
  // A very large dataset's summaries are asked of the Worker that kept them (remote-summaries).
  const [write, written] = await Promise.all([format.write(), withSummaries(dataset, events)]);
  // Writing 100,000 events takes the page a few seconds: what was set before ("Exporting…") is
  // painted first, so the wait has a sign on screen.
  await afterPaint();
  download(
    write(dataset, written, window),
    `${fileStem(dataset.title)}${format.suffix}`,
    format.type,
  );
}

function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestAnimationFrame === "function") {
      requestAnimationFrame(() => setTimeout(resolve, 0));
    } else setTimeout(resolve, 0);
  });
}

/** Saves text as a file the browser downloads. */
export function download(text: string, name: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its own copy once it starts; a moment later the address can go.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file name from a title: "Kabul, August 2021" → "kabul-august-2021". */
export function fileStem(title: string): string {
  const stem = title
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
  return stem || "timeline";
}
