// `npm run bench:readability`: what reading a saved web page with Mozilla's Readability costs:
// (a) the gzip size of its chunk, loaded only when someone opens an HTML file, and (b) the median
// time to read the article page fixture, and one ten times longer, in jsdom (as the tests do).
// Prints figures; never passes or fails on them.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import os from "node:os";
import { gzipSync } from "node:zlib";
import { JSDOM } from "jsdom";
import { build, createServer } from "vite";

const root = new URL("..", import.meta.url).pathname;
const RUNS = 15;
const WARM_UP = 3;
// A regular expression of Readability's own ("unlikely candidates"), kept verbatim by the
// minifier: it names the chunk that holds Readability.
const READABILITY_MARK = "ai2html";

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

/** Readability's chunk in dist/assets, or, while nothing in the app imports it, one built alike. */
async function readabilityChunk() {
  const assets = `${root}dist/assets`;
  if (existsSync(assets)) {
    for (const name of readdirSync(assets).filter((file) => file.endsWith(".js"))) {
      const code = readFileSync(`${assets}/${name}`, "utf8");
      if (code.includes(READABILITY_MARK)) return { where: `dist/assets/${name}`, code };
    }
  }
  // Built as `npm run build` builds (minified, split at the dynamic import), from our reader.
  const output = await build({
    root,
    configFile: false,
    logLevel: "silent",
    build: {
      write: false,
      minify: true,
      rollupOptions: {
        input: `${root}src/data/source-file/article-html.ts`,
        preserveEntrySignatures: "strict",
      },
    },
  });
  const chunk = [output]
    .flat()
    .flatMap((result) => result.output)
    .find((file) => file.type === "chunk" && file.code.includes(READABILITY_MARK));
  return {
    where: `chunk ${chunk.fileName} built from src/data/source-file/article-html.ts; not in dist/, where nothing imports it yet`,
    code: chunk.code,
  };
}

/** The fixture page with its article's body repeated `times` over. */
function longerPage(page, times) {
  const start = page.indexOf(">", page.indexOf('itemprop="articleBody"')) + 1;
  const end = page.indexOf('<p class="credit">');
  return page.slice(0, start) + page.slice(start, end).repeat(times) + page.slice(end);
}

/** What a reader without a library gets: the text of every <p> on the page. */
function everyParagraph(document) {
  return [...document.querySelectorAll("p")]
    .map((p) => p.textContent.replace(/[ \t\n\f\r]+/g, " ").trim())
    .filter(Boolean);
}

const chunk = await readabilityChunk();
console.log(
  `Readability chunk: ${kb(chunk.code.length)} min, ${kb(gzipSync(chunk.code).length)} gzip (${chunk.where})`,
);

// jsdom's DOMParser, as the dom test project provides it, for our module loaded through Vite.
const { window } = new JSDOM("");
globalThis.DOMParser = window.DOMParser;
const server = await createServer({
  root,
  configFile: false,
  logLevel: "silent",
  server: { middlewareMode: true, hmr: false },
  appType: "custom",
});
const { readArticleHtml } = await server.ssrLoadModule("/src/data/source-file/article-html.ts");

const page = readFileSync(`${root}tests/fixtures/article-page.html`, "utf8");
for (const [label, html] of [
  ["fixture page", page],
  ["10x longer article", longerPage(page, 10)],
]) {
  const times = [];
  let article;
  for (let run = 0; run < WARM_UP + RUNS; run++) {
    const start = performance.now();
    article = await readArticleHtml(html);
    if (run >= WARM_UP) times.push(performance.now() - start);
  }
  console.log(
    `${label.padEnd(20)} ${kb(html.length).padStart(9)} html  median ${median(times).toFixed(1)} ms of ${RUNS} runs  (${article.text.length.toLocaleString("en-GB")} characters of text)`,
  );
}
const kept = new Set((await readArticleHtml(page)).text.split("\n\n"));
const paragraphs = everyParagraph(new window.DOMParser().parseFromString(page, "text/html"));
const extra = paragraphs.filter((text) => !kept.has(text));
const missed = [...kept].filter((text) => !paragraphs.includes(text));
console.log(
  `Every <p> instead: ${paragraphs.length} paragraphs, ${extra.length} of them not the article's (e.g. ${extra
    .slice(0, 3)
    .map((text) => `"${text.slice(0, 30)}…"`)
    .join(", ")}), and ${missed.length} of the article's missed (its headings and caption)`,
);

await server.close();

const cpus = os.cpus();
console.log(
  `Machine: ${cpus[0]?.model} × ${cpus.length}, ${(os.totalmem() / 1024 ** 3).toFixed(1)} GB, ${os.type()} ${os.release()} ${os.arch()}, Node ${process.version}, jsdom ${JSON.parse(readFileSync(`${root}node_modules/jsdom/package.json`, "utf8")).version}, load ${os.loadavg()[0].toFixed(1)}`,
);
