import { loadBeside } from "./load-beside";

/** Notices, out of the page's first script: only a link that could not be followed has any. */
export const LazyNotices = loadBeside(
  () => import("./Notices").then(({ Notices }) => Notices),
  "The notes about this link",
);
