import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { strFromU8, unzipSync } from "fflate";
import { expect, openApp, test } from "./fixtures";

const BASE = "https://example.org/kabul/";
const DATASET = new URL("../../public/datasets/kabul-2021.json", import.meta.url);
const EVENT_IDS = (
  JSON.parse(readFileSync(DATASET, "utf8")) as { events: { id: string }[] }
).events.map((event) => event.id);

/** A PNG's width and height, from its IHDR chunk (right after the 8-byte signature). */
function pngSize(bytes: Uint8Array): { width: number; height: number } {
  expect([...bytes.slice(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(strFromU8(bytes.slice(12, 16))).toBe("IHDR");
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** Publish → "Publish as a website…", the address typed, the zip downloaded and opened. */
async function downloadSite(page: Page) {
  await page.getByRole("button", { name: "Publish", exact: true }).click();
  await page.getByRole("button", { name: "Publish as a website…" }).click();
  const dialog = page.getByRole("dialog", { name: "Publish as a website" });
  await dialog.getByRole("textbox", { name: "Address where you will upload it" }).fill(BASE);
  const downloading = page.waitForEvent("download");
  await dialog.getByRole("button", { name: "Download the site (.zip)" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe("the-fall-of-kabul-august-2021-site.zip");
  await expect(dialog.getByRole("status")).toContainText(
    "Downloaded the-fall-of-kabul-august-2021-site.zip",
  );
  const path = await download.path();
  return unzipSync(new Uint8Array(readFileSync(path)));
}

test("Publish as a website downloads the site as a zip: a page and a card per event, the app", async ({
  page,
}) => {
  test.setTimeout(60_000);
  await openApp(page);
  const files = await downloadSite(page);
  const paths = Object.keys(files);
  const text = (path: string) => strFromU8(files[path] as Uint8Array);

  for (const id of EVENT_IDS) {
    const html = text(`events/${id}/index.html`);
    expect(html).toContain(`<meta property="og:url" content="${BASE}events/${id}/"`);
    expect(html).toContain(`<meta property="og:image" content="${BASE}events/${id}/card.png"`);
    expect(html).toMatch(/<meta property="og:title" content="[^"]+"/);
    expect(html).toMatch(/<meta name="twitter:card" content="summary_large_image"/);
    expect(pngSize(files[`events/${id}/card.png`] as Uint8Array)).toEqual({
      width: 1200,
      height: 630,
    });
  }
  const sitemap = text("sitemap.xml");
  for (const id of EVENT_IDS) expect(sitemap).toContain(`<loc>${BASE}events/${id}/</loc>`);

  const index = text("index.html");
  expect(index).toContain(`<meta property="og:url" content="${BASE}"`);
  expect(index).toContain('<meta property="og:title" content="The fall of Kabul, August 2021"');
  expect(index).toContain(`<meta property="og:image" content="${BASE}card.png"`);
  expect(pngSize(files["card.png"] as Uint8Array)).toEqual({ width: 1200, height: 630 });

  // The app itself: its script, its styles, everything the manifest listed.
  expect(paths.some((path) => /^assets\/index-[\w-]+\.js$/.test(path))).toBe(true);
  expect(paths.some((path) => /^assets\/index-[\w-]+\.css$/.test(path))).toBe(true);
  expect(paths).toContain("preload-dataset.js");
  expect(paths).not.toContain("publish-manifest.json");
});
