import { defineConfig } from "@playwright/test";
import { CHROMIUM_FLAGS, chromiumPath } from "./tools/chromium-flags.mjs";

// E2E_PORT lets checkouts side by side run their browser tests at once.
const PORT = Number(process.env.E2E_PORT ?? 4173);

// Browser tests run against the production build in Debian's Chromium (or CHROME_PATH); this
// project never downloads a browser of its own.
export default defineConfig({
  testDir: "tests/e2e",
  testMatch: "**/*.spec.ts",
  timeout: 30_000,
  expect: { timeout: 5_000 },
  workers: 2,
  retries: 0,
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    browserName: "chromium",
    launchOptions: {
      executablePath: chromiumPath(),
      args: [...CHROMIUM_FLAGS],
    },
    trace: "off",
  },
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}/`,
    // A server left running from another checkout would otherwise be tested silently.
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
