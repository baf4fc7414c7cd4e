import { strToU8, zipSync, type Zippable } from "fflate";
import type { SiteFile } from "./site-files";

/** Already-compressed formats, stored as they are: deflating them again only costs time. */
const STORED = /\.(png|jpe?g|gif|webp|woff2?|zip|gz)$/i;

/** The site's files as one zip archive, each at its path (UTF-8 for text). */
export function zipSite(files: readonly SiteFile[]): Uint8Array {
  const entries: Zippable = {};
  for (const file of files) {
    const bytes = typeof file.content === "string" ? strToU8(file.content) : file.content;
    entries[file.path] = [bytes, { level: STORED.test(file.path) ? 0 : 6 }];
  }
  // zipSync, not fflate's async zip: that one starts Workers from blob: URLs, which the page's
  // Content-Security-Policy (worker-src 'self') refuses; a site of a few MB zips in well under a
  // second on the main thread.
  return zipSync(entries);
}
