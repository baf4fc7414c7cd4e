import type { ShownView } from "../../domain/shown-view";

/** Placeholder until its helper's branch lands. */
export function saveTimelineImage(shown: ShownView, format: "svg" | "png"): Promise<void> {
  return Promise.reject(new Error(`not built yet: ${shown.dataset.title} ${format}`));
}
