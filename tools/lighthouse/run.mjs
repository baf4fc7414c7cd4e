// Lighthouse on the production build, served by `vite preview` on 127.0.0.1, in Debian's Chromium
// (or CHROME_PATH). Prints the scores per form factor, writes report.json, and fails below the
// gates: accessibility 1.0, best practices 1.0, SEO 0.9, performance 0.8 (loose: the machine is noisy).
// Usage (from the repo root): npm run lighthouse
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";
import { waitForServer } from "../wait-for-server.mjs";
import { CHROMIUM_FLAGS, chromiumPath } from "../chromium-flags.mjs";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "../..");
const PORT = 4178;
const URL = `http://127.0.0.1:${PORT}/?event=lavrov-mangoush-press-conference`;
const GATES = { performance: 0.8, accessibility: 1, "best-practices": 1, seo: 0.9 };
const FLAGS = ["--headless=new", ...CHROMIUM_FLAGS];

// Run Vite's own script with node, not through npx, so killing the child stops the server.
const server = spawn(
  process.execPath,
  [
    join(ROOT, "node_modules/vite/bin/vite.js"),
    "preview",
    "--host",
    "127.0.0.1",
    "--port",
    String(PORT),
    "--strictPort",
  ],
  { cwd: ROOT, stdio: "ignore" },
);
const profile = mkdtempSync(join(tmpdir(), "sourceline-lighthouse-"));
let failed = false;
try {
  await waitForServer(URL);
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath(),
    chromeFlags: FLAGS,
    userDataDir: profile,
  });
  const report = {};
  try {
    for (const [formFactor, config] of [
      ["mobile", undefined],
      ["desktop", desktopConfig],
    ]) {
      const result = await lighthouse(
        URL,
        {
          port: chrome.port,
          output: "json",
          logLevel: "error",
          onlyCategories: Object.keys(GATES),
        },
        config,
      );
      const lhr = result?.lhr;
      if (!lhr) throw new Error("Lighthouse returned no report");
      report[formFactor] = {};
      for (const [id, gate] of Object.entries(GATES)) {
        const score = lhr.categories[id]?.score ?? 0;
        report[formFactor][id] = score;
        const ok = score >= gate;
        if (!ok) failed = true;
        console.log(
          `${formFactor.padEnd(8)} ${id.padEnd(15)} ${score.toFixed(2)}  (gate ≥ ${gate}) ${ok ? "ok" : "BELOW GATE"}`,
        );
        if (!ok) {
          for (const ref of lhr.categories[id].auditRefs) {
            const audit = lhr.audits[ref.id];
            if (audit && audit.score !== null && audit.score < 1 && ref.weight > 0) {
              console.log(`    ${audit.id}: ${audit.title} (${audit.displayValue ?? audit.score})`);
            }
          }
        }
      }
      const metrics = [
        "first-contentful-paint",
        "largest-contentful-paint",
        "total-blocking-time",
        "cumulative-layout-shift",
      ];
      console.log(
        `${formFactor.padEnd(8)} ${metrics.map((m) => `${m}: ${lhr.audits[m]?.displayValue}`).join(", ")}`,
      );
    }
  } finally {
    await chrome.kill();
  }
  writeFileSync(join(ROOT, "tools/lighthouse/report.json"), JSON.stringify(report, null, 2) + "\n");
} finally {
  server.kill();
  rmSync(profile, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
