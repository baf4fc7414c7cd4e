import { useCallback, useEffect, useRef, useState } from "react";
import type { Dataset } from "../../domain/types";
import type { SiteStep } from "./make-site-zip";
import { formatSize, siteZipName } from "./site-zip-name";

export type SiteDownload =
  | { readonly state: "idle" }
  | { readonly state: "working"; readonly step: SiteStep }
  | { readonly state: "done"; readonly name: string; readonly files: number; readonly size: string }
  | { readonly state: "failed"; readonly message: string };

/**
 * Makes the site zip and downloads it, keeping the progress to show. Closing the dialog stops the
 * work (nothing half-made is downloaded); a failure leaves everything as it was, to try again.
 */
export function useSiteDownload(dataset: Dataset) {
  const [download, setDownload] = useState<SiteDownload>({ state: "idle" });
  const controller = useRef<AbortController | null>(null);
  useEffect(() => () => controller.current?.abort(), []);
  const start = useCallback(
    async (baseUrl: string) => {
      controller.current?.abort();
      const current = new AbortController();
      controller.current = current;
      const { signal } = current;
      setDownload({ state: "working", step: { step: "files", done: 0, total: 0 } });
      try {
        // The zip code and fflate load only now, when a site is asked for.
        const { makeSiteZip } = await import("./make-site-zip");
        const zip = await makeSiteZip(dataset, { baseUrl }, document.baseURI, signal, (step) => {
          if (!signal.aborted) setDownload({ state: "working", step });
        });
        if (signal.aborted) return;
        const name = siteZipName(dataset.title);
        saveFile(zip.bytes, name);
        setDownload({ state: "done", name, files: zip.files, size: formatSize(zip.bytes.length) });
      } catch (error) {
        if (signal.aborted) return;
        const message = error instanceof Error ? error.message : String(error);
        setDownload({ state: "failed", message });
      }
    },
    [dataset],
  );
  return { download, start };
}

function saveFile(bytes: Uint8Array, name: string) {
  const url = URL.createObjectURL(
    new Blob([bytes as Uint8Array<ArrayBuffer>], { type: "application/zip" }),
  );
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
