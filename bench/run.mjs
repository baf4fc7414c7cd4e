// The benchmark of issue 4: generate datasets, build, serve, measure each size against a blank
// page in fresh Chromiums, print the medians as a table and write bench/results/latest.json.
// Usage: node bench/run.mjs [--sizes 1000,10000,100000] [--acled 1000000] [--runs 3] [--no-build]
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { writeDatasets, DATA_DIR, SEED } from "./generate-dataset.mjs";
import { writeAcled } from "./generate-acled.mjs";
import {
  CHROMIUM_FLAGS,
  FRAME_JITTER_MS,
  GESTURE_MS,
  READY_TIMEOUT_MS,
  VIEWPORT,
  chromePath,
  measureRun,
} from "./measure.mjs";
import { addRatiosToBuiltin, checkTargets, mediansByTarget, renderTable, ROWS } from "./report.mjs";
import { startServer } from "./serve.mjs";

const BENCH_DIR = dirname(fileURLToPath(import.meta.url));
const ROOT = dirname(BENCH_DIR);
const RESULTS = join(BENCH_DIR, "results", "latest.json");
const PORT = 4188;
const USAGE = `Usage: node bench/run.mjs [--sizes 1000,10000,100000] [--acled 1000000] [--runs 3]
                          [--no-build] [--ready-timeout 60]
  --sizes          comma-separated dataset sizes (events), default 1000,10000,100000
  --acled          also an ACLED-style CSV export of this many rows (generate-acled.mjs, read as
                   it streams), its column named "<size> ACLED"; none by default
  --runs           runs of each page (blank, built-in, each size), each in a fresh Chromium, default 3
  --no-build       measure the existing dist/ instead of running npm run build
  --ready-timeout  seconds to wait for the app to be ready before giving up on a size, default 60
  CHROME_PATH picks the Chromium binary (default /usr/bin/chromium).`;

function parseArgs(argv) {
  const options = {
    sizes: [1000, 10000, 100000],
    acled: undefined,
    runs: 3,
    build: true,
    readyTimeoutMs: READY_TIMEOUT_MS,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const next = argv[++i];
      if (next === undefined) throw new Error(`${arg} needs a value`);
      return next;
    };
    if (arg === "--sizes") options.sizes = value().split(",").map(Number);
    else if (arg === "--acled") options.acled = Number(value());
    else if (arg === "--runs") options.runs = Number(value());
    else if (arg === "--no-build") options.build = false;
    else if (arg === "--ready-timeout") options.readyTimeoutMs = Number(value()) * 1000;
    else if (arg === "--help" || arg === "-h") {
      console.log(USAGE);
      process.exit(0);
    } else throw new Error(`unknown option ${arg}`);
  }
  if (!options.sizes.every((size) => Number.isInteger(size) && size > 0))
    throw new Error("--sizes takes whole numbers of events, e.g. --sizes 1000,10000");
  if (options.acled !== undefined && !(Number.isInteger(options.acled) && options.acled > 0))
    throw new Error("--acled takes a whole number of rows, e.g. --acled 1000000");
  if (!Number.isInteger(options.runs) || options.runs < 1)
    throw new Error("--runs takes 1 or more");
  if (!(options.readyTimeoutMs > 0)) throw new Error("--ready-timeout takes a number of seconds");
  return options;
}

function build() {
  return new Promise((resolve, reject) => {
    const child = spawn("npm", ["run", "build"], { cwd: ROOT, stdio: "inherit" });
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`npm run build failed (exit ${code})`)),
    );
  });
}

const round = (value, digits = 1) =>
  typeof value === "number" ? Math.round(value * 10 ** digits) / 10 ** digits : value;

function progressLine(run, index, total) {
  const name = typeof run.target === "number" ? `${run.target} events` : run.target;
  const head = `[${index}/${total}] ${name}:`;
  if (run.notReady) return `${head} ${run.notReady}`;
  const parts = [
    `ready ${round(run.readyMs, 0)} ms`,
    run.zoom && `zoom p95 ${round(run.zoom.p95Ms)} ms`,
    run.pan && `pan p95 ${round(run.pan.p95Ms)} ms`,
    run.heapMB != null && `heap ${round(run.heapMB)} MB`,
    run.domElements != null && `DOM ${run.domElements}`,
    run.filterMs != null && `filter ${round(run.filterMs, 0)} ms`,
    run.searchMs != null && `search ${round(run.searchMs, 0)} ms`,
  ].filter(Boolean);
  const trouble = run.failures.length ? ` — FAILED: ${run.failures.join("; ")}` : "";
  return `${head} ${parts.join(", ")}${trouble}`;
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  let server;
  const stop = async (signal) => {
    console.error(`\n${signal}: stopping`);
    await server?.close();
    process.exit(130);
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);

  try {
    console.log(`Generating datasets (seed ${SEED}) in ${DATA_DIR}`);
    const datasets = writeDatasets(options.sizes);
    for (const d of datasets)
      console.log(`  ${d.file}: ${d.sources} sources, ${(d.bytes / 1e6).toFixed(1)} MB`);
    // Same seed, same bytes: a file already written for this size is the one that would be.
    const acledPath = options.acled && join(DATA_DIR, `acled-${options.acled}.csv`);
    const acled = acledPath && {
      size: options.acled,
      file: `acled-${options.acled}.csv`,
      bytes: existsSync(acledPath) ? statSync(acledPath).size : writeAcled(options.acled).bytes,
    };
    if (acled) console.log(`  ${acled.file}: ${(acled.bytes / 1e6).toFixed(1)} MB`);

    if (options.build) await build();
    if (!existsSync(join(ROOT, "dist", "index.html")))
      throw new Error("dist/index.html is missing: run without --no-build");

    server = await startServer({ port: PORT, distDir: join(ROOT, "dist"), dataDir: DATA_DIR });
    console.log(`Serving dist/ and bench/.data/ on ${server.origin}`);
    // Gzip every dataset once before the first run, so no run waits for the compressor.
    for (const d of acled ? [...datasets, acled] : datasets) {
      await fetch(`${server.origin}/bench-data/${d.file}`, {
        headers: { "Accept-Encoding": "gzip" },
      }).then((response) => response.arrayBuffer());
    }

    const targets = [
      { key: "blank", blank: true, path: "/blank.html" },
      { key: "builtin", builtin: true, light: true, path: "/" },
      ...datasets.map((d) => ({
        key: d.size,
        size: d.size,
        searchWord: d.searchWord,
        path: `/?data=${encodeURIComponent(`/bench-data/${d.file}`)}`,
      })),
      ...(acled
        ? [
            {
              key: `${acled.size} ACLED`,
              size: `${acled.size} ACLED`,
              // A word of the made-up militias' names, in many rows' actors.
              searchWord: "militia",
              path: `/?data=${encodeURIComponent(`/bench-data/${acled.file}`)}`,
            },
          ]
        : []),
    ];
    const runs = [];
    const gaveUp = new Set();
    const total = options.runs * targets.length;
    let index = 0;
    // Interleaved (blank, 1k, 10k, … then again), so a slow spell of the machine hits all alike.
    for (let r = 1; r <= options.runs; r++) {
      for (const target of targets) {
        index++;
        if (gaveUp.has(target.key)) {
          console.log(`[${index}/${total}] ${target.key}: skipped (not ready earlier)`);
          continue;
        }
        const run = { run: r, ...(await measureRun(server.origin, target, options)) };
        runs.push(run);
        console.log(progressLine(run, index, total));
        // A size that did not get ready once will not in the next run either: spare the minute.
        if (run.notReady) gaveUp.add(target.key);
      }
    }

    const columns = ["builtin", ...options.sizes, ...(acled ? [`${acled.size} ACLED`] : [])];
    const medians = addRatiosToBuiltin(mediansByTarget(runs, ["blank", ...columns]), runs);
    const checks = checkTargets(medians, columns);
    const chromium = runs.find((run) => run.chromium)?.chromium;
    console.log(
      `\nSourceline benchmark: medians of ${options.runs} run(s), each in a fresh headless Chromium ${chromium}, ` +
        `${VIEWPORT.width}×${VIEWPORT.height}; (n×) is the ratio to the blank page; ✓/✗ against issue 4's targets (1k, 10k, the built-in view) and issue 15's (100k, 1M; ratios to the built-in view of the same round).\n`,
    );
    console.log(renderTable(medians, checks, columns));
    console.log(
      `\nDropped frames: intervals over 16.7 ms + ${FRAME_JITTER_MS} ms for rAF timestamp rounding; ` +
        `frame targets get the same slack. Latencies end one frame after the status text changes.`,
    );
    const missed = columns.flatMap((size) =>
      Object.entries(checks[size])
        .filter(([, check]) => !check.met)
        .map(
          ([key, check]) => `${size}: ${ROWS.find((row) => row.key === key).label} ${check.target}`,
        ),
    );
    if (missed.length) console.log(`Targets not met: ${missed.join("; ")}`);

    const neverReady = columns.filter((size) => !medians[size].readyRuns);
    const failures = runs.flatMap((run) =>
      run.failures.map((f) => `${run.target} run ${run.run}: ${f}`),
    );
    const errors = runs.flatMap((run) =>
      run.errors.map((e) => `${run.target} run ${run.run}: ${e}`),
    );
    if (errors.length) console.log(`Page errors:\n  ${[...new Set(errors)].join("\n  ")}`);

    mkdirSync(dirname(RESULTS), { recursive: true });
    const cpus = os.cpus();
    writeFileSync(
      RESULTS,
      JSON.stringify(
        {
          date: new Date().toISOString(),
          command: `node bench/run.mjs ${process.argv.slice(2).join(" ")}`.trim(),
          machine: {
            cpu: cpus[0]?.model,
            cpus: cpus.length,
            totalMemoryGB: round(os.totalmem() / 1024 ** 3),
            os: `${os.type()} ${os.release()} ${os.arch()}`,
            node: process.version,
            chromium,
            chromePath: chromePath(),
          },
          config: {
            sizes: options.sizes,
            acled: options.acled,
            runs: options.runs,
            seed: SEED,
            flags: CHROMIUM_FLAGS,
            viewport: VIEWPORT,
            gestureMs: GESTURE_MS,
            readyTimeoutMs: options.readyTimeoutMs,
            frameJitterMs: FRAME_JITTER_MS,
          },
          datasets: acled ? [...datasets, acled] : datasets,
          medians,
          targets: checks,
          neverReady,
          failures,
          runs,
        },
        null,
        1,
      ),
    );
    console.log(`Wrote ${RESULTS}`);

    if (neverReady.length) {
      console.error(`The app never got ready for: ${neverReady.join(", ")}.`);
      process.exitCode = 1;
    }
    if (failures.length) {
      console.error(`Measurements failed:\n  ${failures.join("\n  ")}`);
      process.exitCode = 1;
    }
  } finally {
    await server?.close();
  }
}

main().catch((error) => {
  console.error(`bench: ${error.stack ?? error}`);
  process.exitCode = 1;
});
