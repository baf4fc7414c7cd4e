/** Where a built app lists its own files (written by tools/publish-manifest.ts at build). */
export const MANIFEST_PATH = "publish-manifest.json";

// A relative path inside the site: no scheme, no leading slash, no "..", no backslash.
const SAFE_PATH = /^(?!.*(?:^|\/)\.\.?(?:\/|$))[\w.@~+-]+(?:\/[\w.@~+-]+)*$/;

/**
 * The file paths a manifest lists, or why it cannot be used. Each path must stay inside the site
 * (it is fetched from, and written into, the site's own folder), and index.html must be there.
 */
export function readManifest(value: unknown): readonly string[] | { readonly problem: string } {
  if (typeof value !== "object" || value === null || !("files" in value)) {
    return { problem: `${MANIFEST_PATH} does not list the app’s files.` };
  }
  const { files } = value;
  if (!Array.isArray(files) || files.some((path) => typeof path !== "string")) {
    return { problem: `${MANIFEST_PATH} does not list the app’s files.` };
  }
  const paths = files as readonly string[];
  const unsafe = paths.find((path) => !SAFE_PATH.test(path));
  if (unsafe !== undefined) {
    return { problem: `${MANIFEST_PATH} names a file outside the app (“${unsafe}”).` };
  }
  if (!paths.includes("index.html")) {
    return { problem: `${MANIFEST_PATH} does not list the app’s index.html.` };
  }
  return paths;
}
