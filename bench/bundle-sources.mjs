// Which source files the page's first script is made of, and about how much of its gzip each
// weighs: the way to find what else could load later (issue 13's budget).
// Usage: npx vite build --sourcemap --outDir /tmp/bundle && node bench/bundle-sources.mjs /tmp/bundle
// Each file's share is its share of the minified bytes times the chunk's gzip ratio: an
// estimate (gzip does not split by file), good for ranking, not for exact savings.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const dist = process.argv[2];
if (!dist) {
  console.error("Usage: node bench/bundle-sources.mjs <dist built with --sourcemap> [count]");
  process.exit(1);
}
const BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/** One mapping segment's numbers, from its base64 VLQ. */
function vlq(segment) {
  const numbers = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = BASE64.indexOf(char);
    value += (digit & 31) << shift;
    if (digit & 32) shift += 5;
    else {
      numbers.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return numbers;
}

/** A source map's mappings as [column, source index] per segment, line by line. */
function decode(mappings) {
  let source = 0;
  return mappings.split(";").map((line) => {
    let column = 0;
    return line
      .split(",")
      .filter(Boolean)
      .map((segment) => {
        const [columnStep, sourceStep] = vlq(segment);
        column += columnStep;
        if (sourceStep === undefined) return [column];
        source += sourceStep;
        return [column, source];
      });
  });
}

const shown = Number(process.argv[3] ?? 40);
const kb = (bytes) => `${(bytes / 1024).toFixed(2).padStart(7)} KB`;
const gzip = (bytes) => gzipSync(bytes, { level: 6 }).length;

// The JS and CSS index.html loads itself, as bench/bundle-floor.mjs counts them.
const html = readFileSync(join(dist, "index.html"), "utf8");
const initial = [...html.matchAll(/(?:src|href)="(?:\.\/|\/)?([\w./-]+\.(?:js|css))"/g)].map(
  (match) => match[1],
);
let total = 0;
for (const file of initial) {
  const size = gzip(readFileSync(join(dist, file)));
  total += size;
  console.log(`${kb(size)}  ${file}`);
}
console.log(`${kb(total)}  the page's initial JS + CSS, gzip`);

const entry = initial.find((file) => /assets\/index-[\w-]+\.js$/.test(file));
if (!entry) throw new Error("index.html loads no assets/index-*.js");
const code = readFileSync(join(dist, entry), "utf8");
const map = JSON.parse(readFileSync(join(dist, `${entry}.map`), "utf8"));
const lines = code.split("\n");
const bytes = new Map();
decode(map.mappings).forEach((segments, index) => {
  const line = lines[index] ?? "";
  segments.forEach((segment, i) => {
    const end = i + 1 < segments.length ? segments[i + 1][0] : line.length;
    const source = segment.length > 1 ? map.sources[segment[1]] : "(bundler glue)";
    bytes.set(source, (bytes.get(source) ?? 0) + end - segment[0]);
  });
});
const ratio = gzip(code) / code.length;
const byPackage = new Map();
for (const [source, size] of bytes) {
  const name = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source)?.[1] ?? "our code";
  byPackage.set(name, (byPackage.get(name) ?? 0) + size * ratio);
}
console.log(`\n${entry}, by package:`);
for (const [name, size] of [...byPackage].sort((a, b) => b[1] - a[1])) {
  console.log(`${kb(size)}  ${name}`);
}
console.log(`\nOur files in it, largest first:`);
[...bytes]
  .filter(([source]) => !source.includes("node_modules"))
  .sort((a, b) => b[1] - a[1])
  .slice(0, shown)
  .forEach(([source, size]) =>
    console.log(`${kb(size * ratio)}  ${source.replace(/^.*?src\//, "src/")}`),
  );
