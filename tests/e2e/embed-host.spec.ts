import type { FrameLocator, Page } from "@playwright/test";
import { createServer, type Server } from "node:http";
import { expect, test } from "./fixtures";

// A news site on another origin (E2E_PORT + 100) that embeds the app the way its embed code
// says: `iframe[data-sourceline]` frames and the app's own public/embed.js, deferred. Unlike
// embed-frame.spec.ts (the frame's messages, read by a stand-in), this drives the real script.
const APP = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 4173)}`;
const HOST_PORT = Number(process.env.E2E_PORT ?? 4173) + 100;
const HOST = `http://127.0.0.1:${HOST_PORT}`;
const TITLE = "The fall of Kabul, August 2021";
const LAVROV = "lavrov-mangoush-press-conference";
const KABUL = "taliban-take-kabul-ghani-flees";
const MOSCOW = "moscow-format-begins";

const frameTag = (key: string, search: string) =>
  `<iframe data-sourceline${key ? `="${key}"` : ""} src="${APP}/?embed=1&${search}"
  title="${TITLE} — Sourceline timeline" width="100%" height="640" style="border:0"></iframe>`;
const hostPage = (
  frames: string,
) => `<!doctype html><html lang="en"><title>A news article</title><link rel="icon" href="data:,">
<body><h1>What happened in Kabul</h1><p>Some article text before the timeline.</p>
${frames}<p>Some article text after it.</p>
<script src="${APP}/embed.js" defer></script><script src="${APP}/embed.js" defer></script>
</body></html>`;
const PAGES: Record<string, string> = {
  "/one.html": hostPage(frameTag("", `event=${LAVROV}`)),
  "/two.html": hostPage(frameTag("kabul", `event=${LAVROV}`) + frameTag("doha", `event=${KABUL}`)),
};

let host: Server;
test.beforeAll(async () => {
  host = createServer((request, response) => {
    const body = PAGES[new URL(request.url ?? "/", HOST).pathname];
    response.writeHead(body ? 200 : 404, { "content-type": "text/html; charset=utf-8" });
    response.end(body ?? "not found");
  });
  await new Promise<void>((resolve) => host.listen(HOST_PORT, "127.0.0.1", resolve));
});
test.afterAll(() => new Promise<void>((resolve) => host.close(() => resolve())));

const shownEvent = (frame: FrameLocator) =>
  frame.getByRole("article").getByRole("heading", { level: 2 });
const frameHeight = (page: Page, index = 0) =>
  page
    .locator("iframe")
    .nth(index)
    .evaluate((iframe) => Math.round(iframe.getBoundingClientRect().height));
const hostHash = (page: Page) => page.evaluate(() => location.hash);

async function openHost(page: Page, path: string) {
  await page.goto(`${HOST}${path}`);
  const frame = page.frameLocator("iframe").first();
  await expect(frame.getByRole("heading", { level: 1, name: TITLE })).toBeVisible();
  return frame;
}

test("the frame's height follows its content, and it has no file controls", async ({ page }) => {
  const frame = await openHost(page, "/one.html");
  // Sized from the code's 640 px to the content's own height.
  await expect.poll(() => frameHeight(page)).not.toBe(640);
  const closed = await frameHeight(page);
  await frame.getByRole("button", { name: "Show the article" }).click();
  await expect.poll(() => frameHeight(page)).toBeGreaterThan(closed);
  await frame.getByRole("button", { name: "Hide the article" }).click();
  await expect.poll(() => frameHeight(page)).toBe(closed);
  await expect(frame.getByRole("button", { name: /open file/i })).toHaveCount(0);
  await expect(frame.getByText(/drop a file/i)).toHaveCount(0);
});

test("choices in the frame are mirrored into the host's hash, with no history entries", async ({
  page,
}) => {
  const frame = await openHost(page, "/one.html");
  await expect.poll(() => hostHash(page)).toBe(`#sourceline=${LAVROV}`);
  const entries = await page.evaluate(() => history.length);
  const timeline = frame.getByRole("group", { name: "Events by date" });
  await timeline.getByRole("button", { name: /Taliban reach Kabul/ }).click();
  await expect.poll(() => hostHash(page)).toBe(`#sourceline=${KABUL}`);
  await frame
    .getByRole("navigation", { name: "Step through events" })
    .getByRole("button", { name: /Next/ })
    .click();
  await expect.poll(() => hostHash(page)).not.toBe(`#sourceline=${KABUL}`);
  expect(await page.evaluate(() => history.length)).toBe(entries);
  expect(new URL(page.url()).pathname).toBe("/one.html");

  // "Open in Sourceline" is the full app at the same view.
  const chosen = (await hostHash(page)).replace("#sourceline=", "");
  const open = new URL(
    (await frame.getByRole("link", { name: /^Open in Sourceline/ }).getAttribute("href")) ?? "",
  );
  expect(open.origin).toBe(APP);
  expect(open.searchParams.get("event")).toBe(chosen);
  expect(open.searchParams.has("embed")).toBe(false);
});

test("a host address naming an event opens it in the frame, on load and on a hash change", async ({
  page,
}) => {
  await page.goto(`${HOST}/one.html#sourceline=${MOSCOW}`);
  const frame = page.frameLocator("iframe");
  await expect(shownEvent(frame)).toContainText(/Moscow format/i);
  expect(await hostHash(page)).toBe(`#sourceline=${MOSCOW}`);
  await page.evaluate((id) => (location.hash = `sourceline=${id}`), KABUL);
  await expect(shownEvent(frame)).toContainText(/Taliban reach Kabul/i);
});

test("two frames keep their own events under their own names", async ({ page }) => {
  await page.goto(`${HOST}/two.html#doha=${MOSCOW}`);
  const [kabul, doha] = [page.frameLocator("iframe").nth(0), page.frameLocator("iframe").nth(1)];
  await expect(shownEvent(doha)).toContainText(/Moscow format/i);
  await expect(shownEvent(kabul)).toContainText(/Lavrov/i);
  await expect.poll(() => hostHash(page)).toBe(`#doha=${MOSCOW}&kabul=${LAVROV}`);
  await kabul
    .getByRole("group", { name: "Events by date" })
    .getByRole("button", { name: /Taliban reach Kabul/ })
    .click();
  await expect.poll(() => hostHash(page)).toBe(`#doha=${MOSCOW}&kabul=${KABUL}`);
  await expect(shownEvent(doha)).toContainText(/Moscow format/i);
});
