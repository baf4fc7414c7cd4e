// What issue 4's 100 KB budget (initial JS + CSS of the built-in view, gzip) leaves for our own
// code: builds the smallest app that uses the libraries the first paint needs (React, ReactDOM,
// d3-scale; issue 4 also named react-query, which issue 15 replaced with our own store of
// loads), with this project's Vite config (its d3 stand-ins included), and prints its gzip size
// next to the app's own initial JS + CSS.
// Usage: node bench/bundle-floor.mjs   (builds into bench/.floor/, gitignored)
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build, loadConfigFromFile } from "vite";

const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));
const FLOOR = join(ROOT, "bench", ".floor");
const BUDGET_KB = 100;

// The libraries used the way the app uses them: a fetch in an effect, a UTC and a linear scale.
const MAIN = `
import { scaleLinear, scaleUtc } from "d3-scale";
import { StrictMode, useEffect, useState } from "react";
import { createRoot } from "react-dom/client";

function App() {
  const [data, setData] = useState("");
  useEffect(() => void fetch("./data").then((r) => r.text()).then(setData), []);
  const time = scaleUtc([0, 864e5], [0, 800]);
  const years = scaleLinear([0, 10], [0, 800]);
  return <p>{data}{time.ticks(8).length}{years(5)}</p>;
}

createRoot(document.getElementById("root")).render(<StrictMode><App /></StrictMode>);
`;

/** gzip level 6, what the benchmark's server (and a typical static host) sends. */
const gzipKB = (files) =>
  files.reduce((sum, file) => sum + gzipSync(readFileSync(file), { level: 6 }).length, 0) / 1024;

/** The JS and CSS the page loads before anything else: index.html's own scripts and styles. */
function initialAssets(dist) {
  const html = readFileSync(join(dist, "index.html"), "utf8");
  return [...html.matchAll(/(?:src|href)="(?:\.\/|\/)?([\w./-]+\.(?:js|css))"/g)].map((match) =>
    join(dist, match[1]),
  );
}

async function main() {
  rmSync(FLOOR, { recursive: true, force: true });
  mkdirSync(join(FLOOR, "src"), { recursive: true });
  writeFileSync(
    join(FLOOR, "index.html"),
    '<!doctype html><div id="root"></div><script type="module" src="./src/main.jsx"></script>',
  );
  writeFileSync(join(FLOOR, "src", "main.jsx"), MAIN);
  const loaded = await loadConfigFromFile(
    { command: "build", mode: "production" },
    join(ROOT, "vite.config.ts"),
  );
  if (!loaded) throw new Error("vite.config.ts could not be loaded");
  const { plugins, resolve } = loaded.config;
  await build({
    configFile: false,
    root: FLOOR,
    base: "./",
    logLevel: "warn",
    plugins,
    resolve,
    build: { outDir: join(FLOOR, "dist"), emptyOutDir: true },
  });
  const floor = gzipKB(initialAssets(join(FLOOR, "dist")));
  const appDist = join(ROOT, "dist");
  let app;
  try {
    app = gzipKB(initialAssets(appDist));
  } catch {
    app = undefined; // No build yet: run npm run build for the app's side.
  }
  const kb = (value) => `${value.toFixed(1)} KB`;
  console.log(`React + ReactDOM + d3-scale alone: ${kb(floor)} gzip`);
  console.log(`Left of the ${BUDGET_KB} KB budget for our code and CSS: ${kb(BUDGET_KB - floor)}`);
  if (app === undefined) console.log("The app's initial JS + CSS: no dist/ (run npm run build)");
  else {
    console.log(`The app's initial JS + CSS (dist/, index.html's own): ${kb(app)} gzip`);
    console.log(`Our code and CSS in it: ${kb(app - floor)}`);
  }
  console.log(`(files listed: ${readdirSync(join(FLOOR, "dist", "assets")).join(", ")})`);
}

main().catch((error) => {
  console.error(error.message);
  process.exit(1);
});
