import { useEffect, useRef } from "react";
import type { ShownView } from "../../domain/shown-view";

/**
 * Makes printing give a document of the view (print-on-demand.tsx). Its code loads once the page
 * is idle, not with it: Ctrl+P gives `beforeprint` no time to wait for a chunk, and the page
 * that only shows a timeline never pays for a list of every event.
 */
export function usePrintDocument(shown: ShownView) {
  const latest = useRef(shown);
  useEffect(() => {
    latest.current = shown;
  });
  useEffect(() => {
    let live = true;
    let stop: (() => void) | undefined;
    // Safari has no requestIdleCallback: a moment after the first paint does as well.
    const idle = globalThis.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 1000));
    idle(() => {
      import("./print-on-demand").then(
        (print) => live && (stop = print.printOnDemand(() => latest.current)),
        () => undefined,
      );
    });
    return () => {
      live = false;
      stop?.();
    };
  }, []);
}
