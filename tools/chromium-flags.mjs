/**
 * Flags for Debian's Chromium on a machine with no network but the package registries: without
 * them it hangs on refused calls home. Shared by the browser tests, the tools and the benchmark.
 */
export const CHROMIUM_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** The Chromium binary: CHROME_PATH, or Debian's. */
export const chromiumPath = () => process.env.CHROME_PATH ?? "/usr/bin/chromium";
