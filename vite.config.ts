/// <reference types="vitest/config" />
import react from "@vitejs/plugin-react";
import { fileURLToPath } from "node:url";
import { defineConfig, type Plugin, type Rolldown } from "vite";
import { CONTENT_SECURITY_POLICY } from "./src/features/publish/content-security-policy.ts";
import { publishManifest } from "./tools/publish-manifest.mjs";

type ChunkingContext = Rolldown.ChunkingContext;

/**
 * The built page ships the Content-Security-Policy as a meta tag (static hosts rarely let you set
 * headers); published event pages ship the same one. Only in the build: the dev server needs
 * inline scripts and a websocket for hot reload.
 */
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

/**
 * Names the reading Worker's built file in index.html, for the page's first script
 * (public/preload-dataset.js), which starts it on the dataset the address names before the app's
 * script runs. Its name has a hash that only the build knows. Only in the build: the dev server
 * builds the Worker on demand, and the first script then only preloads the dataset.
 */
function readingWorkerName(): Plugin {
  return {
    name: "sourceline-reading-worker-name",
    apply: "build",
    transformIndexHtml: {
      order: "post",
      handler: (_html, { bundle }) => {
        const files = Object.keys(bundle ?? {}).filter((file) =>
          /(^|\/)read-dataset-worker-[\w-]+\.js$/.test(file),
        );
        if (files.length !== 1) {
          throw new Error(`Expected one reading Worker in the build, found ${files.length}.`);
        }
        return [
          {
            tag: "meta",
            attrs: { name: "sourceline-reading-worker", content: `./${files[0]}` },
            injectTo: "head-prepend",
          },
        ];
      },
    },
  };
}

/**
 * Whether a module is among `roots` or imported statically, at any depth, by one of them.
 */
function staticallyFrom(
  isRoot: (id: string, ctx: ChunkingContext) => boolean,
): (id: string, ctx: ChunkingContext) => boolean {
  const reached = new Map<string, boolean>();
  const from = (id: string, ctx: ChunkingContext, seen: Set<string>): boolean => {
    const known = reached.get(id);
    if (known !== undefined) return known;
    if (seen.has(id)) return false;
    seen.add(id);
    const info = ctx.getModuleInfo(id);
    const result = Boolean(
      info && (isRoot(id, ctx) || info.importers.some((by) => from(by, ctx, seen))),
    );
    reached.set(id, result);
    return result;
  };
  return (id, ctx) => from(id, ctx, new Set());
}

/**
 * Everything the page's entry imports statically goes into the entry's own chunk, as Rollup
 * would do. Left to itself, rolldown splits modules that the entry and lazy chunks both use
 * (deep-time, dates, problem-words…) into small chunks of their own (rolldown/rolldown#10731,
 * #9963): more requests, and each one gzipped apart weighs more than inside the entry.
 * Modules only lazy chunks use are not named here, so they keep rolldown's own chunking.
 */
function entryChunkName(): (id: string, ctx: ChunkingContext) => string | null {
  const fromEntry = staticallyFrom((id, ctx) => ctx.getModuleInfo(id)?.isEntry === true);
  return (id, ctx) => (fromEntry(id, ctx) ? "index" : null);
}

/**
 * The reading Worker's code, which its small entry loads once it runs (read-dataset-worker.ts),
 * in one chunk with the JSON reader most large datasets need: left to rolldown, it came in eight
 * chunks, fetched one round after another (a Worker has no modulepreload), which held a Worker
 * fetching ahead for 0.15 s before it could read what had arrived.
 */
function workerChunkName(): (id: string, ctx: ChunkingContext) => string | null {
  const roots = /\/src\/data\/(read-stream-request|serve-fetch-ahead|read-json-stream)\.ts$/;
  const fromReading = staticallyFrom((id) => roots.test(id));
  return (id, ctx) => (fromReading(id, ctx) ? "reading" : null);
}

// A relative base lets the built dist/ work from any static host and any sub-path.
export default defineConfig({
  base: "./",
  plugins: [react(), contentSecurityPolicy(), readingWorkerName(), publishManifest()],
  // The reading Worker is a module (read-off-thread starts it with type: "module"), so it splits
  // as the page does: the TimelineJS, ACLED and columns readers load in it only when needed.
  worker: {
    format: "es",
    rolldownOptions: { output: { codeSplitting: { groups: [{ name: workerChunkName() }] } } },
  },
  build: {
    // Of the browsers Vite's default target names, only Safari 16.4–16.6 lacks modulepreload:
    // it loads the same modules, only without the head start. The polyfill cost 0.25 KB gzip.
    modulePreload: { polyfill: false },
    rolldownOptions: { output: { codeSplitting: { groups: [{ name: entryChunkName() }] } } },
  },
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
