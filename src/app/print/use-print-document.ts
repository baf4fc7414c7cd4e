import { useEffect, useRef, useState } from "react";
import type { ShownView } from "../../domain/shown-view";
import { PRINTED_EVENTS } from "../../features/print/printed-events";

/**
 * Makes printing give a document of the view (print-on-demand.tsx). Its code loads once the page
 * is idle, not with it: Ctrl+P gives `beforeprint` no time to wait for a chunk, and the page
 * that only shows a timeline never pays for a list of every event.
 */
export function usePrintDocument(shown: ShownView) {
  const latest = useRef(shown);
  const summaries = usePrintedSummaries(shown);
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
        (print) =>
          live && (stop = print.printOnDemand(() => withSummaries(latest.current, summaries))),
        () => undefined,
      );
    });
    return () => {
      live = false;
      stop?.();
    };
  }, [summaries]);
}

// Summaries asked for once the view has settled this long, not on every frame of a pan.
const SETTLED_MS = 300;
// Past this many the ones kept are let go (a print needs PRINTED_EVENTS at most).
const KEPT_SUMMARIES = 20_000;

/**
 * A very large dataset's summaries are kept by its Worker (remote-summaries.ts), and printing
 * cannot wait for them (`beforeprint` lays the pages out as soon as it returns): the summaries of
 * the events a print would show are asked for ahead, whenever the view settles.
 */
function usePrintedSummaries(shown: ShownView): Map<string, string> {
  // One map for the page's life (cleared for each dataset), read when printing starts.
  const [known] = useState(() => new Map<string, string>());
  const { dataset, events } = shown;
  const kept = dataset.prepared?.summaries;
  useEffect(() => {
    known.clear();
  }, [dataset, known]);
  useEffect(() => {
    const prepared = dataset.prepared;
    if (!kept || !prepared) return;
    let live = true;
    const timer = setTimeout(() => {
      const wanted = events.slice(0, PRINTED_EVENTS).filter((event) => !known.has(event.id));
      const positions = wanted.map((event) => prepared.positions.get(event.id) ?? -1);
      kept.get(positions).then(
        (texts) => {
          if (!live) return;
          if (known.size > KEPT_SUMMARIES) known.clear();
          wanted.forEach((event, i) => known.set(event.id, texts[i] ?? ""));
        },
        // Printed without them: the details still ask for each one shown.
        () => undefined,
      );
    }, SETTLED_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [dataset, events, kept, known]);
  return known;
}

/** The view with the summaries asked for ahead, where its events have them only remotely. */
function withSummaries(shown: ShownView, known: ReadonlyMap<string, string>): ShownView {
  if (!shown.dataset.prepared?.summaries) return shown;
  const printed = shown.events.slice(0, PRINTED_EVENTS).map((event) => {
    const summary = known.get(event.id);
    return summary === undefined ? event : { ...event, summary };
  });
  return { ...shown, events: [...printed, ...shown.events.slice(PRINTED_EVENTS)] };
}
