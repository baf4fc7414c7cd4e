import { datasetWithSummaries } from "../../domain/remote-summaries";
import type { Dataset } from "../../domain/types";
import { assembleSite } from "./assemble-site";
import { CARD_HEIGHT, CARD_WIDTH } from "./event-card";
import { fetchAppFiles } from "./fetch-app-files";
import { rasteriseSvg } from "./rasterise-card";
import { ensureSiteOpens } from "./site-opens";
import { siteCards, type SiteOptions } from "./site-files";
import { zipSite } from "./zip-site";

/** Where making the site has got to: fetching the app, drawing cards, or zipping. */
export type SiteStep =
  | { readonly step: "files" | "cards"; readonly done: number; readonly total: number }
  | { readonly step: "zip" };

/**
 * The published site of `dataset` as a zip, made in this browser from the app's own files (found
 * at `appBase`), with its PNG cards (the site's and one per event) drawn by the browser. Throws an Error that says what
 * failed; `signal` stops it between steps.
 */
export async function makeSiteZip(
  shown: Dataset,
  options: SiteOptions,
  appBase: string,
  signal: AbortSignal,
  onStep: (step: SiteStep) => void,
): Promise<{ readonly bytes: Uint8Array; readonly files: number }> {
  onStep({ step: "files", done: 0, total: 0 });
  // Every page says what happened: a very large dataset's summaries come from its Worker.
  const dataset = await datasetWithSummaries(shown);
  await ensureSiteOpens(dataset);
  const appFiles = await fetchAppFiles(appBase, signal, (done, total) =>
    onStep({ step: "files", done, total }),
  );
  const cards = new Map<string, Uint8Array>();
  const wanted = siteCards(dataset);
  const total = wanted.length;
  for (const card of wanted) {
    signal.throwIfAborted();
    onStep({ step: "cards", done: cards.size, total });
    try {
      cards.set(card.path, await rasteriseSvg(card.svg(), CARD_WIDTH, CARD_HEIGHT));
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new Error(
        `The preview card of ${card.name} could not be drawn (${reason}). Nothing was downloaded; try again, or make the site with “npm run publish”.`,
      );
    }
  }
  signal.throwIfAborted();
  onStep({ step: "zip" });
  // Let "Packing the zip…" paint before the main thread is busy zipping.
  await new Promise((resolve) => setTimeout(resolve, 0));
  const files = assembleSite(appFiles, dataset, options, cards);
  return { bytes: zipSite(files), files: files.length };
}
