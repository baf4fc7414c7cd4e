import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import { extname, join, relative, sep } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { expect, openApp, test } from "./fixtures";

// `npm run publish` on the built-in dataset, with the build the browser tests run against, into
// a folder served from another port, as a static host would serve the uploaded site.
const SITE_PORT = Number(process.env.E2E_PORT ?? 4173) + 200;
const SITE = `http://127.0.0.1:${SITE_PORT}/`;
const DATASET = new URL("../../public/datasets/kabul-2021.json", import.meta.url);
const EVENTS = (
  JSON.parse(readFileSync(DATASET, "utf8")) as { events: { id: string; title: string }[] }
).events;
const LAVROV = "lavrov-mangoush-press-conference";
const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".txt": "text/plain; charset=utf-8",
  ".xml": "application/xml",
};

let out = "";
let server: Server | undefined;

/** Every file under `dir`, as site paths. */
function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join("/"))
    .sort();
}

/** A PNG's width and height, from its IHDR chunk (right after the 8-byte signature). */
function pngSize(bytes: Uint8Array): { width: number; height: number } {
  expect([...bytes.slice(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

test.beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), "sourceline-site-"));
  execFileSync(
    "npx",
    ["tsx", "tools/publish.ts", "--app", "dist", "--out", out, "--base-url", SITE],
    { stdio: "pipe" },
  );
  server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? "/", SITE).pathname);
    const file = join(out, path.endsWith("/") ? `${path}index.html` : path);
    try {
      const body = readFileSync(file);
      response.writeHead(200, { "content-type": TYPES[extname(file)] ?? "text/plain" });
      response.end(body);
    } catch {
      response.writeHead(404).end("Not found");
    }
  });
  await new Promise<void>((resolve) => server?.listen(SITE_PORT, "127.0.0.1", resolve));
});

test.afterAll(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  rmSync(out, { recursive: true, force: true });
});

test("npm run publish writes a page with preview tags and a 1200×630 card for every event, and a sitemap", () => {
  const sitemap = readFileSync(join(out, "sitemap.xml"), "utf8");
  expect(sitemap).toContain(`<loc>${SITE}</loc>`);
  for (const { id, title } of EVENTS) {
    const html = readFileSync(join(out, "events", id, "index.html"), "utf8");
    const url = `${SITE}events/${id}/`;
    expect(html).toContain(`<link rel="canonical" href="${url}"`);
    expect(html).toContain(`<meta property="og:url" content="${url}"`);
    expect(html).toContain(`<meta property="og:image" content="${url}card.png"`);
    expect(html).toContain('<meta name="twitter:card" content="summary_large_image"');
    expect(html).toMatch(/<meta property="og:description" content="[^"]+ · “[^"]+"/);
    // The titles of the built-in dataset hold no character HTML escapes, but an apostrophe.
    expect(html).toContain(`<meta property="og:title" content="${title.replace(/'/g, "&#39;")}"`);
    expect(pngSize(new Uint8Array(readFileSync(join(out, "events", id, "card.png"))))).toEqual({
      width: 1200,
      height: 630,
    });
    expect(sitemap).toContain(`<loc>${url}</loc>`);
  }
  const index = readFileSync(join(out, "index.html"), "utf8");
  // The event pages carry the app's own policy.
  const policy = (html: string) =>
    /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
  const page = readFileSync(join(out, "events", LAVROV, "index.html"), "utf8");
  expect(policy(page)).toBeDefined();
  expect(policy(page)).toBe(policy(index));
  expect(index).toContain('<meta property="og:title" content="The fall of Kabul, August 2021"');
  expect(index).toContain(`<meta name="sourceline-site" content="${SITE}"`);
  // The front page previews with the site's own card, not a bare title.
  expect(index).toContain(`<meta property="og:image" content="${SITE}card.png"`);
  expect(index).toContain('<meta name="twitter:card" content="summary_large_image"');
  expect(pngSize(new Uint8Array(readFileSync(join(out, "card.png"))))).toEqual({
    width: 1200,
    height: 630,
  });
});

test.describe("without JavaScript", () => {
  // With JavaScript off, Chromium refuses the front page's script preloads (reported as "csp"):
  // what a reader without JavaScript gets too, and harmless.
  test.use({ javaScriptEnabled: false, allowedFailures: /^request failed: \S+\.js csp$/ });

  test("an event's page reads whole: its title, date, how the date is known, quotations and sources", async ({
    page,
  }) => {
    await page.goto(`${SITE}events/${LAVROV}/`);
    await expect(
      page.getByRole("heading", {
        level: 1,
        name: "Lavrov backs national dialogue in Afghanistan",
      }),
    ).toBeVisible();
    await expect(page.getByText("19 Aug 2021", { exact: true })).toBeVisible();
    await expect(page.getByText(/How we know the date:.*“on Thursday”/)).toBeVisible();
    await expect(page.getByRole("heading", { name: "In the source’s words" })).toBeVisible();
    await expect(page.getByRole("blockquote")).toHaveCount(4);
    await expect(
      page.getByText(/Moscow is in favor of a national dialogue involving all Afghan/),
    ).toBeVisible();
    await expect(page.getByRole("link", { name: "Open in the timeline" })).toHaveAttribute(
      "href",
      `../../?event=${LAVROV}`,
    );
    expect(page.url()).toBe(`${SITE}events/${LAVROV}/`);
  });

  test("the front page lists every event on screen, each linking to its page", async ({ page }) => {
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(SITE);
    const heading = page.getByRole("heading", { level: 1, name: "The fall of Kabul, August 2021" });
    await expect(heading).toBeInViewport();
    const link = page.getByRole("link", { name: "Lavrov backs national dialogue in Afghanistan" });
    await expect(page.getByRole("listitem")).toHaveCount(16);
    await link.click();
    await expect(page).toHaveURL(`${SITE}events/${LAVROV}/`);
  });
});

test("with JavaScript an event's page opens the timeline at it, and Copy link there gives the page", async ({
  page,
}) => {
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: SITE });
  await page.goto(`${SITE}events/${LAVROV}/`);
  await expect(page).toHaveURL(`${SITE}?event=${LAVROV}`);
  await expect(
    page.getByRole("heading", { name: "Lavrov backs national dialogue in Afghanistan" }).first(),
  ).toBeVisible();
  await page.getByRole("button", { name: "Copy link" }).click();
  await expect(page.getByText("Link copied")).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    `${SITE}events/${LAVROV}/`,
  );
});

test("Publish as a website in the app makes the same site as npm run publish", async ({ page }) => {
  test.setTimeout(90_000);
  await openApp(page);
  await page.getByRole("button", { name: "Publish", exact: true }).click();
  await page.getByRole("button", { name: "Publish as a website…" }).click();
  const dialog = page.getByRole("dialog", { name: "Publish as a website" });
  await dialog.getByRole("textbox", { name: "Address where you will upload it" }).fill(SITE);
  const downloading = page.waitForEvent("download");
  await dialog.getByRole("button", { name: "Download the site (.zip)" }).click();
  const zipped = unzipSync(new Uint8Array(readFileSync(await (await downloading).path())));

  const written = listFiles(out);
  expect(Object.keys(zipped).sort()).toEqual(written);
  for (const path of written) {
    // Cards are drawn by two rasterisers (resvg here, the browser's canvas there).
    if (path.endsWith("card.png")) continue;
    expect(strFromU8(zipped[path] as Uint8Array), path).toBe(readFileSync(join(out, path), "utf8"));
  }
});
