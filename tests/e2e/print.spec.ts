import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { expect, openApp, test } from "./fixtures";

const printed = (page: Page) => page.getByRole("article", { name: "Printed timeline" });
// Hidden included: outside print media the document is there but not displayed.
const printedTitles = (page: Page) =>
  page.locator(".print-root").getByRole("heading", { level: 3, includeHidden: true });

/** Every control on the page that is visible: none should be, on paper. */
const visibleControls = (page: Page) =>
  page
    .locator("button, input, select, textarea, [role=button]")
    .evaluateAll((controls) =>
      controls.filter((control) => control.checkVisibility()).map((control) => control.outerHTML),
    );

/** The shown events' titles, as the list on screen has them. */
const listedOnScreen = (page: Page) =>
  page
    .getByRole("region", { name: /^Events/ })
    .getByRole("button")
    .evaluateAll((rows) => rows.map((row) => row.querySelector("bdi")?.textContent ?? ""));

test("print media shows the document: title, what is shown, the timeline, every event, no controls", async ({
  page,
}) => {
  await openApp(page);
  const titles = await listedOnScreen(page);
  expect(titles).toHaveLength(16);
  // The print document's code loads once the page is idle.
  await expect(page.locator("link[rel=stylesheet][href*=print]")).toHaveCount(1);
  await page.emulateMedia({ media: "print" });

  await expect(printed(page).getByRole("heading", { level: 1 })).toHaveText(
    "The fall of Kabul, August 2021",
  );
  await expect(printed(page).getByText("Showing all 16 events · 14–20 Aug 2021")).toBeVisible();
  await expect(printed(page).getByRole("img", { name: /^The timeline: / })).toBeVisible();
  await expect(printedTitles(page)).toHaveText(titles);
  expect(await visibleControls(page)).toEqual([]);
  await expect(
    printed(page).getByText("https://www.presstv.ir/Detail/2021/08/19/").first(),
  ).toBeVisible();

  await page.emulateMedia({ media: "screen" });
  await expect(printed(page)).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Publish" })).toBeVisible();
});

test("printing (beforeprint) lists only the filtered events, in date order, and afterprint removes them", async ({
  page,
}) => {
  await openApp(page);
  await page.getByRole("checkbox", { name: /China/ }).check();
  await expect(page.getByText("Showing 3 of 16 events")).toBeVisible();
  await expect(page.locator("link[rel=stylesheet][href*=print]")).toHaveCount(1);

  await page.evaluate(() => dispatchEvent(new Event("beforeprint")));
  await expect(printedTitles(page)).toHaveText([
    "China says the Taliban have changed",
    "China: the Taliban “will not repeat the past”",
    "Russia ready to revive the Moscow format",
  ]);
  await expect(page.locator(".print-root")).toContainText(
    "Showing 3 of 16 events · country: China",
  );

  await page.evaluate(() => dispatchEvent(new Event("afterprint")));
  await expect(page.locator(".print-root")).toHaveCount(0);
});

test("Save image (SVG) downloads the timeline with its title and credits", async ({ page }) => {
  await openApp(page);
  await page.getByRole("button", { name: "Publish" }).click();
  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "Save image (SVG)" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe("the-fall-of-kabul-august-2021-timeline.svg");
  const svg = await readFile(await download.path(), "utf8");
  expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  expect(svg).toContain("<title>The fall of Kabul, August 2021</title>");
  expect(svg).toContain("Source: Press TV, “Russia foreign minister calls for nationwide");
  expect(svg).toContain("Made with Sourceline");
  await expect(page.getByRole("status").filter({ hasText: "saved as SVG" })).toBeAttached();
});

test("Save image (PNG) downloads the same picture at twice its size", async ({ page }) => {
  await openApp(page, "event=mujahid-first-press-conference");
  await page.getByRole("button", { name: "Publish" }).click();
  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "Save image (PNG)" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe("the-fall-of-kabul-august-2021-timeline.png");
  const png = await readFile(await download.path());
  expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
  expect(png.subarray(12, 16).toString("latin1")).toBe("IHDR");
  expect(png.readUInt32BE(16)).toBe(2400);
  const height = png.readUInt32BE(20);
  expect(height).toBeGreaterThan(600);
  expect(height).toBeLessThan(1600);
});
