import { flushSync } from "react-dom";
import { createRoot, type Root } from "react-dom/client";
import type { ShownView } from "../../domain/shown-view";
import { timelineImage } from "../../features/image/save-timeline-image";
import { PrintDocument } from "../../features/print/PrintDocument";
import printCss from "../../features/print/print.css?url";

// About an A4 page's printable width at 96 px per inch: the image's text stays near its size.
const PAGE_PX = 900;

/**
 * From now on, printing (Print…, Ctrl+P, print media) draws the view as a document beside the
 * app, which print media then hides, and removes it afterwards. Returns the way to stop.
 */
export function printOnDemand(shown: () => ShownView): () => void {
  // A stylesheet of its own, linked when this loads: imported as CSS, it would add its address to
  // the list every page load carries (the initial chunk's), for a style only paper uses.
  // Once per page, and kept (it styles only paper): each dataset shown starts printing afresh,
  // and a link removed as the next one came, while its sheet was still loading, aborted it.
  const links = [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')];
  if (!links.some((link) => link.getAttribute("href") === printCss)) {
    const style = document.createElement("link");
    style.rel = "stylesheet";
    style.href = printCss;
    document.head.append(style);
  }
  let root: Root | undefined;
  let host: HTMLElement | undefined;
  const start = () => {
    if (root) return;
    host = document.createElement("div");
    host.className = "print-root";
    document.body.append(host);
    root = createRoot(host);
    const drawing = root;
    // Synchronously: the browser lays out the pages as soon as `beforeprint` returns.
    const view = shown();
    const image = timelineImage(view, { width: PAGE_PX, heading: false });
    flushSync(() => drawing.render(<PrintDocument shown={view} image={image} />));
  };
  const stop = () => {
    root?.unmount();
    host?.remove();
    root = host = undefined;
  };
  // Not every browser (nor jsdom) has matchMedia: beforeprint and afterprint still work there.
  const media = globalThis.matchMedia?.("print");
  const change = (event: MediaQueryListEvent) => (event.matches ? start() : stop());
  addEventListener("beforeprint", start);
  addEventListener("afterprint", stop);
  media?.addEventListener("change", change);
  return () => {
    stop();
    removeEventListener("beforeprint", start);
    removeEventListener("afterprint", stop);
    media?.removeEventListener("change", change);
  };
}
