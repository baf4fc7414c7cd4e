/// <reference types="vitest/config" />
import react from "@vitejs/plugin-react";
import { fileURLToPath } from "node:url";
import { defineConfig, type Plugin } from "vite";
import { publishManifest } from "./tools/publish-manifest.mjs";

/**
 * The Content-Security-Policy the built page ships, as a meta tag (static hosts rarely let you
 * set headers). No inline script, no eval, no plugins; fetches may go to any http(s) address
 * because the `data` parameter may name a dataset anywhere. Only in the build: the dev server
 * needs inline scripts and a websocket for hot reload.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self' https: http:",
  // Large datasets are read in a Worker of our own (src/data/read-dataset-worker.ts), never a
  // blob: or data: one.
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join("; ");

function contentSecurityPolicy(): Plugin {
  return {
    name: "sourceline-content-security-policy",
    apply: "build",
    transformIndexHtml: () => [
      {
        tag: "meta",
        attrs: { "http-equiv": "Content-Security-Policy", content: CONTENT_SECURITY_POLICY },
        injectTo: "head-prepend",
      },
    ],
  };
}

// A relative base lets the built dist/ work from any static host and any sub-path.
export default defineConfig({
  base: "./",
  plugins: [react(), contentSecurityPolicy(), publishManifest()],
  resolve: {
    // Stand-ins for what d3-scale imports but this app never uses (see each file).
    alias: [
      ["d3-interpolate", "d3-interpolate-numbers.ts"],
      ["d3-time-format", "d3-time-format-unused.ts"],
      ["d3-format", "d3-format-unused.ts"],
    ].map(([name, file]) => ({
      find: new RegExp(`^${name}$`),
      replacement: fileURLToPath(new URL(`./src/vendor/${file}`, import.meta.url)),
    })),
  },
  test: {
    restoreMocks: true,
    unstubEnvs: true,
    unstubGlobals: true,
    // Pure domain and data tests run in Node; only components pay for a jsdom per file.
    // `interop` reads TimelineJS3's own files from TIMELINEJS_FIXTURES and runs on its own
    // (`npm run test:interop`), so `npm test` needs nothing beside the repository.
    projects: [
      {
        extends: true,
        test: {
          name: "node",
          environment: "node",
          // Property tests check thousands of generated cases (numRuns in each); on a busy
          // 2-core machine one can take several seconds, past Vitest's default of 5.
          testTimeout: 30_000,
          include: ["tests/**/*.test.ts"],
          exclude: ["tests/interop/**"],
        },
      },
      {
        extends: true,
        test: {
          name: "dom",
          environment: "jsdom",
          // A whole app renders in jsdom per test; on a busy 2-core machine that alone has taken
          // past Vitest's default of 5 s (seen with six checkouts testing at once).
          testTimeout: 20_000,
          setupFiles: ["./tests/setup.ts"],
          include: ["tests/**/*.test.tsx"],
        },
      },
      {
        extends: true,
        test: { name: "interop", environment: "node", include: ["tests/interop/**/*.test.ts"] },
      },
      {
        extends: true,
        test: {
          name: "bench",
          environment: "node",
          include: [],
          benchmark: { include: ["bench/**/*.bench.ts"] },
        },
      },
    ],
  },
});
