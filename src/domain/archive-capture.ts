// A Wayback Machine address: /web/, a timestamp (1 to 14 digits, a lookup when shorter), an
// optional replay flag (im_, if_, id_, …), then the original address.
const WAYBACK = /^https?:\/\/web\.archive\.org\/web\/(\d{1,14})(?:[a-z]{2}_|\*)?\/(.+)$/i;

/**
 * Where a text fragment can land in an archived copy. The Wayback Machine's usual replay wraps
 * the page in its own toolbar and rewritten markup; its `id_` form serves the capture as it was
 * archived, the article's words alone, which is what the fragment is matched against. Other
 * archives' addresses are kept as they are.
 */
export function rawCaptureUrl(archiveUrl: string): string {
  const wayback = WAYBACK.exec(archiveUrl);
  if (!wayback) return archiveUrl;
  const [, timestamp, original] = wayback;
  return `https://web.archive.org/web/${timestamp}id_/${original}`;
}
