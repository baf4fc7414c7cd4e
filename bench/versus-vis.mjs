// Sourceline beside vis-timeline (issue 15), in one run: the time from navigation to the first
// frame with events painted, on the same generated data (1,000 and 10,000 events by default),
// each page in a fresh headless Chromium, interleaved, medians of 3. Both fetch and parse the same
// JSON file; vis-timeline is given the dataset's initial window, as Sourceline opens on it.
// vis-timeline is not a dependency: its standalone build is fetched once with `npm pack` into
// node_modules/.cache/ (the npm registry is all it needs).
// Usage: node bench/versus-vis.mjs [--sizes 1000,10000] [--runs 3] [--no-build]
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "@playwright/test";
import { DATA_DIR, writeDatasets } from "./generate-dataset.mjs";
import { CHROMIUM_FLAGS, VIEWPORT, chromePath } from "./measure.mjs";
import { median } from "./report.mjs";
import { startServer } from "./serve.mjs";

const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));
const VIS_VERSION = "8.5.4";
const CACHE = join(ROOT, "node_modules", ".cache", `vis-timeline-${VIS_VERSION}`);
const PORT = 4189;
const TIMEOUT_MS = 120_000;

const argv = process.argv.slice(2);
const option = (name, fallback) => {
  const at = argv.indexOf(name);
  return at >= 0 ? argv[at + 1] : fallback;
};
const sizes = option("--sizes", "1000,10000").split(",").map(Number);
const runs = Number(option("--runs", "3"));
const build = !argv.includes("--no-build");

/** vis-timeline's standalone script and styles, fetched once. */
function visFiles() {
  const script = join(CACHE, "package/standalone/umd/vis-timeline-graph2d.min.js");
  const styles = join(CACHE, "package/styles/vis-timeline-graph2d.min.css");
  if (!existsSync(script)) {
    mkdirSync(CACHE, { recursive: true });
    const name = execFileSync(
      "npm",
      ["pack", `vis-timeline@${VIS_VERSION}`, "--pack-destination", CACHE, "--silent"],
      { encoding: "utf8" },
    ).trim();
    execFileSync("tar", ["-xzf", join(CACHE, name), "-C", CACHE]);
  }
  return { script, styles };
}

// The same events as Sourceline reads them, as vis-timeline's items; a mark once one is painted.
const VIS_PAGE = `<!doctype html>
<meta charset="utf-8"><title>vis-timeline</title>
<link rel="stylesheet" href="vis-timeline.min.css">
<div id="timeline"></div>
<script src="vis-timeline.min.js"></script>
<script>
  const size = new URLSearchParams(location.search).get("size");
  fetch("events-" + size + ".json").then((response) => response.json()).then((dataset) => {
    const items = dataset.events.map((event) => ({
      id: event.id,
      content: event.title,
      start: event.when.start,
      ...(event.when.end ? { end: event.when.end } : {}),
    }));
    const window = dataset.initialWindow;
    new vis.Timeline(document.getElementById("timeline"), items, {
      start: window.from,
      end: window.to,
    });
    const painted = () =>
      document.querySelector(".vis-item")
        ? requestAnimationFrame(() => performance.mark("first-event"))
        : requestAnimationFrame(painted);
    painted();
  });
</script>`;

async function timeToMark(origin, path, mark) {
  const browser = await chromium.launch({ executablePath: chromePath(), args: CHROMIUM_FLAGS });
  try {
    const page = await (await browser.newContext({ viewport: VIEWPORT })).newPage();
    await page.goto(origin + path, { waitUntil: "commit" });
    const handle = await page.waitForFunction(
      (name) => performance.getEntriesByName(name)[0]?.startTime ?? false,
      mark,
      { timeout: TIMEOUT_MS, polling: 50 },
    );
    return await handle.jsonValue();
  } finally {
    await browser.close();
  }
}

const datasets = writeDatasets(sizes);
const { script, styles } = visFiles();
copyFileSync(script, join(DATA_DIR, "vis-timeline.min.js"));
copyFileSync(styles, join(DATA_DIR, "vis-timeline.min.css"));
writeFileSync(join(DATA_DIR, "vis.html"), VIS_PAGE);
if (build) execFileSync("npm", ["run", "build"], { cwd: ROOT, stdio: "inherit" });
const server = await startServer({ port: PORT, distDir: join(ROOT, "dist"), dataDir: DATA_DIR });
try {
  const times = new Map(datasets.map((d) => [d.size, { sourceline: [], vis: [] }]));
  for (let run = 1; run <= runs; run++) {
    for (const d of datasets) {
      const data = encodeURIComponent(`/bench-data/${d.file}`);
      const ours = await timeToMark(server.origin, `/?data=${data}`, "sourceline:ready");
      const theirs = await timeToMark(
        server.origin,
        `/bench-data/vis.html?size=${d.size}`,
        "first-event",
      );
      times.get(d.size).sourceline.push(ours);
      times.get(d.size).vis.push(theirs);
      console.log(
        `[run ${run}] ${d.size} events: Sourceline ${ours.toFixed(0)} ms, vis-timeline ${theirs.toFixed(0)} ms`,
      );
    }
  }
  console.log(
    `\nFirst events painted (ms from navigation, medians of ${runs}), headless Chromium, vis-timeline ${VIS_VERSION}:\n`,
  );
  console.log("| events | Sourceline | vis-timeline | Sourceline ÷ vis-timeline |");
  console.log("|---|---|---|---|");
  for (const [size, { sourceline, vis }] of times) {
    const ours = median(sourceline);
    const theirs = median(vis);
    console.log(
      `| ${size.toLocaleString("en-US")} | ${ours.toFixed(0)} | ${theirs.toFixed(0)} | ${(ours / theirs).toFixed(2)} |`,
    );
  }
} finally {
  await server.close();
}
