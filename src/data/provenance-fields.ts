// Shared by the schema and its fast path (well-formed-dataset.ts), which must accept alike.

/** The statuses a file's quotation may carry, as our export writes them. */
export const QUOTE_STATUSES = ["exact", "moved", "approximate", "missing"] as const;

/** A SHA-256 hash as hex digits, either case (sha256sum writes lower case). */
export const SHA256_HEX = /^[0-9a-fA-F]{64}$/;
