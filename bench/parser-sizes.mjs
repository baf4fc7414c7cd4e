// `npm run bench:parsers:sizes`: what each CSV and HTML reader adds to a bundle, minified and
// gzipped, built the way `npm run build` builds the app (issue 12 §4).
import { gzipSync } from "node:zlib";
import { build } from "vite";

const root = new URL("..", import.meta.url).pathname;
const READERS = {
  "CSV, ours (src/data/csv.ts)": 'export { parseCsv } from "/src/data/csv.ts";',
  "CSV, Papa Parse 5.7.1": 'export { parseCsv } from "/bench/parsers/papaparse-csv.ts";',
  "HTML, ours (src/data/timelinejs/html-text.ts)":
    'export { htmlToText, htmlLinks } from "/src/data/timelinejs/html-text.ts";',
  "HTML, htmlparser2 12.0.0":
    'export { htmlToText, htmlLinks } from "/bench/parsers/htmlparser2-text.ts";',
};

for (const [name, source] of Object.entries(READERS)) {
  const output = await build({
    root,
    configFile: false,
    logLevel: "silent",
    plugins: [
      {
        name: "reader-entry",
        resolveId: (id) => (id === "reader-entry" ? id : undefined),
        load: (id) => (id === "reader-entry" ? source : undefined),
      },
    ],
    build: {
      write: false,
      minify: true,
      rollupOptions: { input: "reader-entry", preserveEntrySignatures: "strict" },
    },
  });
  const code = [output]
    .flat()
    .flatMap((result) => result.output)
    .filter((chunk) => chunk.type === "chunk")
    .map((chunk) => chunk.code)
    .join("");
  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
  console.log(
    `${name.padEnd(48)} ${kb(code.length).padStart(9)} min ${kb(gzipSync(code).length).padStart(8)} gzip`,
  );
}
