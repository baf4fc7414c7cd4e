// Writes real screenshots of the built app (desktop and phone, an event selected; two sources
// side by side) for the README.
// Usage: npm run build && npm run screenshots   (CHROME_PATH picks another Chromium)
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "@playwright/test";
import { waitForServer } from "./wait-for-server.mjs";
import { CHROMIUM_FLAGS, chromiumPath } from "./chromium-flags.mjs";

const PORT = 4179;
const BASE = `http://127.0.0.1:${PORT}/`;
const EVENT = "lavrov-mangoush-press-conference";
const shots = [
  { file: "docs/screenshot-desktop.png", viewport: { width: 1440, height: 900 }, touch: false },
  { file: "docs/screenshot-phone.png", viewport: { width: 390, height: 844 }, touch: true },
];

// Run Vite's own script with node, not through npx, so killing the child stops the server.
const server = spawn(
  process.execPath,
  [
    "node_modules/vite/bin/vite.js",
    "preview",
    "--host",
    "127.0.0.1",
    "--port",
    String(PORT),
    "--strictPort",
  ],
  { stdio: "ignore" },
);
const profile = mkdtempSync(join(tmpdir(), "sourceline-shots-"));
try {
  await waitForServer(BASE);
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: CHROMIUM_FLAGS,
  });
  for (const shot of shots) {
    const context = await browser.newContext({
      viewport: shot.viewport,
      hasTouch: shot.touch,
      isMobile: shot.touch,
    });
    const page = await context.newPage();
    await page.goto(`${BASE}?event=${EVENT}`);
    await page
      .getByRole("heading", { level: 2, name: "Lavrov backs national dialogue in Afghanistan" })
      .waitFor();
    await page.waitForTimeout(800);
    await page.screenshot({ path: shot.file });
    console.log(`wrote ${shot.file}`);
    await context.close();
  }
  // An event two sources tell, their texts side by side (the fictional example the app ships).
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.goto(
    `${BASE}?data=datasets/alder-strike-example.json&event=strike-begins&article=example-wire&beside=alder-herald`,
  );
  await page.getByRole("region", { name: "Article text, Alder Herald" }).waitFor();
  await page.waitForTimeout(800);
  await page.screenshot({ path: "docs/screenshot-side-by-side.png" });
  console.log("wrote docs/screenshot-side-by-side.png");
  await context.close();
  await browser.close();
} finally {
  server.kill();
  rmSync(profile, { recursive: true, force: true });
}
