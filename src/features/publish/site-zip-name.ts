/**
 * The zip's file name from the dataset's title: "The fall of Kabul, August 2021" →
 * "the-fall-of-kabul-august-2021-site.zip". (The Export menu names its files the same way; the
 * two features may not import each other.)
 */
export function siteZipName(title: string): string {
  const slug = title
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
  return `${slug || "timeline"}-site.zip`;
}

/** A byte count as people read it: "840 KB", "1.2 MB". */
export function formatSize(bytes: number): string {
  if (bytes < 1000 * 1000) return `${Math.max(1, Math.round(bytes / 1000))} KB`;
  return `${(bytes / 1000 / 1000).toFixed(1)} MB`;
}
