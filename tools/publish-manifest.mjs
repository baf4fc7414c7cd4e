// @ts-check
import { readdirSync, writeFileSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";

/** The file the in-app "Publish as a website…" reads to know which files make up the app. */
export const PUBLISH_MANIFEST = "publish-manifest.json";

/**
 * The built-in dataset and its article: a published site carries its own dataset in their place,
 * so the zip made in the browser leaves them out rather than ship two timelines.
 */
const BUILT_IN_DATA = ["datasets/", "sources/"];

/** Every file under `dir`, as paths relative to it with forward slashes, sorted. */
export function listFiles(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join("/"))
    .sort();
}

/** The app's own files in a built dist/, for the manifest: not itself, not the built-in data. */
export function manifestFiles(paths) {
  return paths.filter(
    (path) => path !== PUBLISH_MANIFEST && !BUILT_IN_DATA.some((dir) => path.startsWith(dir)),
  );
}

/**
 * Writes `publish-manifest.json` into the build's output once everything else is there (public/
 * included), so the browser can fetch the app's own files one by one to zip them into a site.
 * @returns {import("vite").Plugin}
 */
export function publishManifest() {
  /** @type {string} */
  let outDir = "";
  return {
    name: "sourceline-publish-manifest",
    apply: "build",
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    writeBundle() {
      const files = manifestFiles(listFiles(outDir));
      writeFileSync(join(outDir, PUBLISH_MANIFEST), `${JSON.stringify({ version: 1, files })}\n`);
    },
  };
}
