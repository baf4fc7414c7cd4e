import { formatCount } from "../../domain/count";
import type { SiteDownload } from "./use-site-download";

/** What the dialog says about the download, and how far along it is (0–1) while it works. */
export function progressOf(download: SiteDownload): { text: string; value?: number } {
  switch (download.state) {
    case "idle":
    case "failed":
      return { text: "" };
    case "done":
      return {
        text: `Downloaded ${download.name} (${formatCount(download.files)} files, ${download.size}). Unzip it and upload what is inside to that address.`,
      };
    case "working": {
      const { step } = download;
      if (step.step === "zip") return { text: "Packing the zip…", value: 1 };
      const value = step.total === 0 ? 0 : step.done / step.total;
      if (step.step === "files") {
        const files = step.total === 0 ? "" : ` ${formatCount(step.total)}`;
        return { text: `Fetching the app’s${files} files…`, value };
      }
      const cards = `${formatCount(step.total)} preview ${step.total === 1 ? "card" : "cards"}`;
      return { text: `Making ${cards}…`, value };
    }
  }
}
