/**
 * A `urn:uuid:` (RFC 9562, version 8: "custom") worked out from the parts given, the same
 * parts giving the same id on every export. Not random, so an annotation keeps its id when the
 * timeline is exported again; not an address, so it does not depend on where the app is hosted
 * or claim a place on a site we do not own. Four FNV-1a hashes with different seeds give the 128
 * bits: enough to tell annotations apart, not meant to resist someone forging a collision.
 */
export function stableUuid(parts: readonly string[]): string {
  const text = parts.join("\u0000");
  const words = SEEDS.map((seed) => fnv1a(text, seed));
  const hex = words.map((word) => word.toString(16).padStart(8, "0")).join("");
  // Version 8 in the 13th hex digit, variant 10xx in the 17th.
  const variant = ((parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16);
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

const SEEDS = [0x811c9dc5, 0x01000193, 0x9e3779b9, 0x85ebca6b] as const;

function fnv1a(text: string, seed: number): number {
  let hash = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}
