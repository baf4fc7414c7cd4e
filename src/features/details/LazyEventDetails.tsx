import { loadBeside } from "../../ui/load-beside";

/** EventDetails, out of the page's first script: no event is chosen in its first paint. */
export const LazyEventDetails = loadBeside(
  () => import("./EventDetails").then(({ EventDetails }) => EventDetails),
  "The event's details",
  <p className="details__placeholder">Loading the event’s details…</p>,
);
