/** Flags for Debian's Chromium on a machine with no network but the package registries. */
export declare const CHROMIUM_FLAGS: readonly string[];
/** The Chromium binary: CHROME_PATH, or Debian's. */
export declare const chromiumPath: () => string;
