// npm run publish -- [--data <dataset>] --out <dir> --base-url <https://…/> [--app <dist>]
// Writes a static site: the app, the dataset and its source texts, a page and a PNG card for
// every event, the sitemap. Run by tsx so it uses the app's own loader and page builders.
import { spawnSync } from "node:child_process";
import { cp, mkdir, mkdtemp, readFile, readdir, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { Resvg } from "@resvg/resvg-js";
import { MANIFEST_PATH, readManifest } from "../src/features/publish/app-manifest";
import { DatasetError } from "../src/data/dataset-error";
import { readDataset } from "../src/data/read-dataset";
import type { Dataset } from "../src/domain/types";
import {
  normaliseBaseUrl,
  siteCards,
  siteFiles,
  type SiteFile,
} from "../src/features/publish/site-files";

const USAGE = `Usage: npm run publish -- --out <dir> --base-url <https://example.org/timeline/> [--data <dataset.json>] [--app <built app dir>]
  --data      the dataset (Sourceline JSON, TimelineJS JSON or CSV); default public/datasets/kabul-2021.json
  --out       the folder to write the site into (made if missing; files in it are replaced)
  --base-url  the absolute address the site will be served from
  --app       an already built app (e.g. dist); without it the app is built with vite build`;

class UsageError extends Error {}

function options(argv: readonly string[]) {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: {
        data: { type: "string", default: "public/datasets/kabul-2021.json" },
        out: { type: "string" },
        "base-url": { type: "string" },
        app: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
      strict: true,
      allowPositionals: false,
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values } = parsed;
  if (values.help) throw new UsageError("");
  if (!values.out) throw new UsageError("--out is missing: name the folder to write the site to.");
  const base = normaliseBaseUrl(values["base-url"] ?? "");
  if (typeof base !== "string") throw new UsageError(base.problem);
  return { data: values.data, out: resolve(values.out), baseUrl: base, app: values.app };
}

async function loadDataset(path: string): Promise<Dataset> {
  const text = await readFile(path, "utf8");
  return readDataset(text, {
    name: path,
    label: `The file ${path}`,
    // A source's separate text is read beside the dataset, as the app fetches it beside its URL.
    fetchSourceText: (textUrl) => readFile(resolve(dirname(path), textUrl), "utf8"),
  });
}

async function builtApp(app: string | undefined): Promise<{ dir: string; temporary: boolean }> {
  if (app) return { dir: resolve(app), temporary: false };
  const dir = await mkdtemp(join(tmpdir(), "sourceline-app-"));
  const build = spawnSync("npx", ["vite", "build", "--outDir", dir, "--emptyOutDir"], {
    stdio: "inherit",
  });
  if (build.status !== 0) throw new Error("vite build failed: see its output above.");
  return { dir, temporary: true };
}

function cardPng(svg: string): Uint8Array {
  const resvg = new Resvg(svg, {
    font: { loadSystemFonts: true, defaultFontFamily: "DejaVu Sans" },
    fitTo: { mode: "original" },
  });
  return resvg.render().asPng();
}

async function sizeOf(dir: string): Promise<{ files: number; bytes: number }> {
  let files = 0;
  let bytes = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    files += 1;
    bytes += (await stat(join(entry.parentPath, entry.name))).size;
  }
  return { files, bytes };
}

async function publish(argv: readonly string[]): Promise<void> {
  const { data, out, baseUrl, app } = options(argv);
  const dataset = await loadDataset(data);
  const built = await builtApp(app);
  try {
    await mkdir(out, { recursive: true });
    // The app's own files, as its manifest lists them: the same the in-app zip fetches, so the
    // two make the same site (the built-in dataset and article are not among them).
    const manifest = readManifest(
      JSON.parse(await readFile(join(built.dir, MANIFEST_PATH), "utf8")) as unknown,
    );
    if ("problem" in manifest) throw new Error(`${built.dir}: ${manifest.problem}`);
    for (const path of manifest) {
      await mkdir(dirname(join(out, path)), { recursive: true });
      await cp(join(built.dir, path), join(out, path));
    }
    const appIndex = await readFile(join(built.dir, "index.html"), "utf8");
    const files: SiteFile[] = [
      ...siteFiles(appIndex, dataset, { baseUrl }),
      ...siteCards(dataset).map((card) => ({ path: card.path, content: cardPng(card.svg()) })),
    ];
    for (const file of files) {
      const target = join(out, file.path);
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, file.content);
    }
  } finally {
    if (built.temporary) await rm(built.dir, { recursive: true, force: true });
  }
  const { files, bytes } = await sizeOf(out);
  console.log(
    `Published “${dataset.title}” for ${baseUrl}: ${dataset.events.length} event pages and cards, ` +
      `${files} files, ${(bytes / 1024).toFixed(1)} KB in ${out}`,
  );
}

publish(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof UsageError) {
    if (error.message) console.error(error.message);
    console.error(USAGE);
    process.exit(2);
  }
  if (error instanceof DatasetError) {
    console.error(error.message);
    for (const problem of error.problems) console.error(`  - ${problem}`);
  } else console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
