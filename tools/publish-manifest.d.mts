import type { Plugin } from "vite";
/** The file the in-app "Publish as a website…" reads to know which files make up the app. */
export declare const PUBLISH_MANIFEST: string;
/** Every file under `dir`, as paths relative to it with forward slashes, sorted. */
export declare function listFiles(dir: string): string[];
/** The app's own files in a built dist/, for the manifest: not itself, not the built-in data. */
export declare function manifestFiles(paths: readonly string[]): string[];
/** Writes `publish-manifest.json` into the build's output, listing the app's own files. */
export declare function publishManifest(): Plugin;
