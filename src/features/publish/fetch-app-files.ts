import { MANIFEST_PATH, readManifest } from "./app-manifest";
import type { SiteFile } from "./site-files";

/** Files fetched at once: enough to overlap round trips, few enough to leave the page some. */
const AT_ONCE = 4;

const RELOAD =
  "Reload the page and try again: the app may have been updated on its server since this page opened.";

/**
 * The app's own files, fetched from where this page was loaded (as its manifest lists them):
 * HTML as text (the site rewrites index.html), everything else as bytes. Throws an Error whose
 * message says which file failed and what to do.
 */
export async function fetchAppFiles(
  base: string,
  signal: AbortSignal,
  onFetched: (done: number, total: number) => void,
): Promise<readonly SiteFile[]> {
  const manifest = await fetchOrExplain(new URL(MANIFEST_PATH, base), signal, MANIFEST_PATH, () =>
    noManifest(),
  );
  let listed: unknown;
  try {
    listed = await manifest.json();
  } catch {
    throw new Error(`${MANIFEST_PATH} is not valid JSON. ${RELOAD}`);
  }
  const paths = readManifest(listed);
  if ("problem" in paths) throw new Error(`${paths.problem} ${RELOAD}`);
  onFetched(0, paths.length);
  const files: SiteFile[] = new Array<SiteFile>(paths.length);
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < paths.length) {
      const index = next++;
      const path = paths[index] as string;
      const response = await fetchOrExplain(new URL(path, base), signal, path);
      const content = path.endsWith(".html")
        ? await response.text()
        : new Uint8Array(await response.arrayBuffer());
      files[index] = { path, content };
      onFetched(++done, paths.length);
    }
  };
  await Promise.all(Array.from({ length: Math.min(AT_ONCE, paths.length) }, worker));
  return files;
}

async function fetchOrExplain(
  url: URL,
  signal: AbortSignal,
  path: string,
  onNotFound?: () => string,
): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(url, { signal, cache: "no-cache" });
  } catch (error) {
    if (signal.aborted) throw error;
    throw new Error(`The app’s file ${path} could not be fetched (no connection). ${RELOAD}`);
  }
  if (response.status === 404 && onNotFound) throw new Error(onNotFound());
  if (!response.ok) {
    throw new Error(
      `The app’s file ${path} could not be fetched (HTTP ${response.status}). ${RELOAD}`,
    );
  }
  return response;
}

function noManifest(): string {
  return `This copy of Sourceline has no list of its own files (${MANIFEST_PATH}), so it cannot pack itself into a site. A copy built with “npm run build” has it; “npm run publish” makes the same site from a terminal.`;
}
