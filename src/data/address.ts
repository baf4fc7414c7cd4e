// Addresses a dataset gives, checked once where the dataset is checked, so that no later
// `new URL(…)` meets one it cannot parse ("Failed to construct 'URL'", naming no field).
// A try around `new URL` rather than `URL.canParse`, which browsers before 2023 lack.

// Any http(s) page will do as the base: only whether the reference parses is asked.
const SOME_BASE = "https://example.org/datasets/";

/** Whether `value` is an address, absolute or relative to the dataset's, that a URL parser takes. */
export function isAddressReference(value: string): boolean {
  return parses(value, SOME_BASE);
}

/** Whether `value` is a well-formed absolute http(s) address. */
export function isHttpAddress(value: string): boolean {
  return /^https?:\/\//i.test(value) && parses(value);
}

function parses(value: string, base?: string): boolean {
  try {
    new URL(value, base);
    return true;
  } catch {
    return false;
  }
}
