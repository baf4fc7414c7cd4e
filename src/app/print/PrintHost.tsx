import { useEffect, useState } from "react";
import { flushSync } from "react-dom";
import type { ShownView } from "../../domain/shown-view";
import type * as PrintDocumentModule from "../../features/print/PrintDocument";

type PrintModule = typeof PrintDocumentModule;

// The print document is in its own chunk: the page that only shows a timeline never pays for it.
// Loaded once the page is idle, because Ctrl+P gives `beforeprint` no time to wait for a chunk.
let printModule: PrintModule | undefined;
let loading: Promise<PrintModule> | undefined;

/** Loads the print document's code, once; Print… in the menu waits for it before printing. */
export function loadPrintDocument(): Promise<PrintModule> {
  loading ??= import("../../features/print/PrintDocument").then((loaded) => {
    printModule = loaded;
    return loaded;
  });
  return loading;
}

/**
 * Renders the printable document while the page prints, and only then: a list of every shown
 * event (100,000 of them, perhaps) costs nothing the rest of the time.
 */
export function PrintHost({ shown }: { readonly shown: ShownView }) {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const preload = () => void loadPrintDocument().catch(() => undefined);
    // Safari has no requestIdleCallback: a couple of seconds after first paint does as well.
    const cancel =
      "requestIdleCallback" in globalThis
        ? (
            (id) => () =>
              cancelIdleCallback(id)
          )(requestIdleCallback(preload))
        : (
            (id) => () =>
              clearTimeout(id)
          )(setTimeout(preload, 2000));
    // In the DOM before the browser lays out the pages: a later render would print the app.
    const start = () => {
      if (printModule) flushSync(() => setPrinting(true));
      else
        void loadPrintDocument().then(
          () => setPrinting(true),
          () => undefined,
        );
    };
    const stop = () => setPrinting(false);
    const media = globalThis.matchMedia?.("print");
    const change = (event: MediaQueryListEvent) => (event.matches ? start() : stop());
    addEventListener("beforeprint", start);
    addEventListener("afterprint", stop);
    media?.addEventListener("change", change);
    return () => {
      cancel();
      removeEventListener("beforeprint", start);
      removeEventListener("afterprint", stop);
      media?.removeEventListener("change", change);
    };
  }, []);
  const Document = printing ? printModule?.PrintDocument : undefined;
  return Document ? <Document shown={shown} /> : null;
}
