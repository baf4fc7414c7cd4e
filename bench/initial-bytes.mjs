// The built-in view's initial JS + CSS (issue 15's budget: 100 KB gzip): every file the page
// downloads before it can show the timeline (index.html's scripts, stylesheets and
// modulepreloads, and the static imports of those chunks), raw and gzip, then the lazy chunks'
// total. Figures only: it never fails on size.
// Usage: node bench/initial-bytes.mjs [--no-build]   (npm run bench:initial)
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { pageFiles } from "./initial-assets.mjs";

const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));
const DIST = join(ROOT, "dist");
const BUDGET_KB = 100;

if (!process.argv.includes("--no-build")) {
  execFileSync("npm", ["run", "build"], { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"] });
}

const read = (file) => readFileSync(join(DIST, file));
/** gzip level 6, what the benchmark's server (and a typical static host) sends. */
const sizes = (file) => {
  const bytes = read(file);
  return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 6 }).length };
};
const kb = (bytes) => `${(bytes / 1024).toFixed(2).padStart(7)} KB`;
const sum = (rows, key) => rows.reduce((total, row) => total + row[key], 0);

const html = readFileSync(join(DIST, "index.html"), "utf8");
const { initial, lazy } = pageFiles(html, (file) => read(file).toString("utf8"));
const initialRows = initial.map(sizes);
console.log(`${"raw".padStart(10)} ${"gzip".padStart(10)}  initial file`);
for (const row of initialRows) console.log(`${kb(row.raw)} ${kb(row.gzip)}  ${row.file}`);
const total = sum(initialRows, "gzip");
console.log(`${kb(sum(initialRows, "raw"))} ${kb(total)}  initial JS + CSS`);
console.log(
  `${total / 1024 <= BUDGET_KB ? "✓" : "✗"} ${(total / 1024).toFixed(1)} KB gzip of the ${BUDGET_KB} KB budget`,
);

const lazyRows = lazy.map(sizes).sort((a, b) => b.gzip - a.gzip);
console.log(
  `\n${kb(sum(lazyRows, "raw"))} ${kb(sum(lazyRows, "gzip"))}  lazy (${lazy.length} files)`,
);
for (const row of lazyRows) console.log(`${kb(row.raw)} ${kb(row.gzip)}    ${row.file}`);
// Files in assets/ that neither list names (a Worker's own chunks are reached from its file).
const listed = new Set([...initial, ...lazy]);
const other = readdirSync(join(DIST, "assets"))
  .map((name) => `assets/${name}`)
  .filter((file) => /\.(?:js|css)$/.test(file) && !listed.has(file));
if (other.length > 0) console.log(`\n(not reached from index.html: ${other.join(", ")})`);
