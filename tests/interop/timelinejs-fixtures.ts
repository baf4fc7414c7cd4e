import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";

/**
 * TimelineJS3's own data files (MPL-2.0), kept outside this repository: the folder named by
 * TIMELINEJS_FIXTURES (CI sets it to `../shared/fixtures/timelinejs`). `npm run test:interop`
 * runs only these tests, and fails at once, saying what to set, when the folder is missing.
 */
export function timelineJsFixtures(): URL {
  const folder = process.env.TIMELINEJS_FIXTURES;
  if (!folder) {
    throw new Error(
      "TIMELINEJS_FIXTURES is not set: point it at a folder of TimelineJS3's data files " +
        "(cosmo-mixed.json, houston.json, …), e.g. TIMELINEJS_FIXTURES=../shared/fixtures/timelinejs",
    );
  }
  const absolute = resolve(folder);
  if (!existsSync(absolute)) {
    throw new Error(`TIMELINEJS_FIXTURES names ${absolute}, which does not exist`);
  }
  return pathToFileURL(`${absolute}/`);
}
