/** What index.html asks for itself: classic and module scripts, modulepreloads, stylesheets. */
export function htmlAssets(html: string): string[];

/** A built chunk's imports: fetched before it runs (`static`), or only when its code asks. */
export function chunkImports(code: string): { static: string[]; later: string[] };

/** The page's files, relative to dist/: what it loads before it runs, and what only later. */
export function pageFiles(
  html: string,
  read: (file: string) => string,
): { initial: string[]; lazy: string[] };

/** `name` as imported from `from`, both relative to dist/. */
export function resolve(from: string, name: string): string;
