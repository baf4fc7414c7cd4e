import { lazy, Suspense, type ComponentProps } from "react";
import type * as EventDetailsModule from "./EventDetails";

type Details = typeof EventDetailsModule;

// The details show only once an event is chosen, never in the first paint of the built-in view,
// so they are not in the page's first script. Their chunk is asked for as soon as this module
// runs, beside the dataset's download, so it is there by the time anyone can choose an event
// (or a link's chosen event is drawn) and nothing waits or flashes.
let loaded: Details | undefined;
const loading = import("./EventDetails").then((module) => (loaded = module));
// A chunk that cannot load is reported where the details would be (PaneBoundary), not here.
loading.catch(() => undefined);
const Pending = lazy(() => loading.then(({ EventDetails }) => ({ default: EventDetails })));

/** EventDetails, drawn at once when its chunk is in, else as soon as it arrives. */
export function LazyEventDetails(props: ComponentProps<Details["EventDetails"]>) {
  if (loaded) return <loaded.EventDetails {...props} />;
  return (
    <Suspense fallback={<p className="details__placeholder">Loading the event’s details…</p>}>
      <Pending {...props} />
    </Suspense>
  );
}
