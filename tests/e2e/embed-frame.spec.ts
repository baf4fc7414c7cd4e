import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { createServer, type Server } from "node:http";
import { expect, test } from "./fixtures";

const EVENT = "lavrov-mangoush-press-conference";
const TITLE = "The fall of Kabul, August 2021";
const TAGS = ["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"];

async function openEmbed(page: Page, search = `event=${EVENT}`) {
  await page.goto(`./?${search}&embed=1`);
  await expect(page.getByRole("heading", { level: 1, name: TITLE })).toBeVisible();
}

const noHorizontalScroll = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);

test("embed=1 shows the embed layout: no file or publishing controls, a link to the full app", async ({
  page,
}) => {
  await openEmbed(page);
  await expect(
    page.getByRole("heading", { name: "Lavrov backs national dialogue in Afghanistan" }),
  ).toBeVisible();
  await expect(page.getByRole("region", { name: "Timeline" })).toBeVisible();
  for (const name of [/open file/i, /^publish/i, /make a timeline|new timeline/i, /export/i]) {
    await expect(page.getByRole("button", { name })).toHaveCount(0);
  }
  const open = page.getByRole("link", { name: /^Open in Sourceline/ });
  await expect(open).toHaveAttribute("target", "_blank");
  const href = new URL((await open.getAttribute("href")) ?? "");
  expect(href.searchParams.get("event")).toBe(EVENT);
  expect(href.searchParams.has("embed")).toBe(false);
  expect(new URL(page.url()).searchParams.get("embed")).toBe("1");
});

test("choosing events in an embed adds no history entries", async ({ page }) => {
  await openEmbed(page);
  const entries = await page.evaluate(() => history.length);
  const timeline = page.getByRole("group", { name: "Events by date" });
  await timeline.getByRole("button", { name: /Taliban reach Kabul/ }).click();
  await expect(page).toHaveURL(/event=taliban-take-kabul-ghani-flees/);
  await page
    .getByRole("navigation", { name: "Step through events" })
    .getByRole("button", { name: /Next/ })
    .click();
  await expect(page).not.toHaveURL(/event=taliban-take-kabul-ghani-flees/);
  await expect(page).toHaveURL(/embed=1/);
  expect(await page.evaluate(() => history.length)).toBe(entries);
});

test.describe("at 320 px wide", () => {
  test.use({ viewport: { width: 320, height: 640 } });
  test("the embed never scrolls sideways, with the article closed or open", async ({ page }) => {
    await openEmbed(page);
    expect(await noHorizontalScroll(page)).toBe(true);
    await page.getByRole("button", { name: "Show the article" }).click();
    await expect(page.getByRole("button", { name: "Hide the article" })).toBeVisible();
    expect(await noHorizontalScroll(page)).toBe(true);
  });
});

test("the embed has no axe violations, with the article closed or open", async ({ page }) => {
  await openEmbed(page);
  const violations = async () =>
    (await new AxeBuilder({ page }).withTags(TAGS).analyze()).violations.map(
      (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`,
    );
  expect(await violations()).toEqual([]);
  await page.getByRole("button", { name: "Show the article" }).click();
  await expect(page.getByRole("region", { name: "Article text" })).toBeVisible();
  expect(await violations()).toEqual([]);
});

// A host page on another origin (another port), with a minimal stand-in for embed.js: it records
// the frame's messages and sizes the frame to the height it reports. A real local server, since
// Chromium refuses a local frame in a page it believes public (a routed one).
const HOST_PORT = 4292;
let host: Server;
let frameSrc = "";
test.beforeAll(async () => {
  host = createServer((_request, response) => {
    response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    response.end(`<!doctype html><html lang="en"><title>Host</title><body><h1>A news article</h1>
<iframe title="Timeline" src="${frameSrc}" style="width:100%;border:0;height:150px"></iframe>
<script>
  window.received = [];
  addEventListener("message", (event) => {
    window.received.push(event.data);
    if (event.data && event.data.type === "resize")
      document.querySelector("iframe").style.height = event.data.height + "px";
  });
</script></body></html>`);
  });
  await new Promise<void>((resolve) => host.listen(HOST_PORT, "127.0.0.1", resolve));
});
test.afterAll(() => new Promise<void>((resolve) => host.close(() => resolve())));

async function openHost(page: Page, baseURL: string, search: string) {
  frameSrc = new URL(`./?${search}`, baseURL).href;
  await page.goto(`http://127.0.0.1:${HOST_PORT}/article.html`);
  const frame = page.frameLocator("iframe");
  await expect(frame.getByRole("heading", { level: 1, name: TITLE })).toBeVisible();
  return frame;
}

type Received = { source?: string; type?: string; height?: number; event?: string | null };
const received = (page: Page) =>
  page.evaluate(() => (window as unknown as { received: Received[] }).received);
const lastOf = async (page: Page, type: string) =>
  (await received(page)).filter((m) => m.source === "sourceline" && m.type === type).at(-1);

test("inside a host page, the frame reports its height and its selection, and takes the host's", async ({
  page,
  baseURL,
}) => {
  const frame = await openHost(page, baseURL ?? "", `event=${EVENT}&embed=1`);
  // On load: the selected event, and a height the host can size the frame to.
  await expect.poll(async () => (await lastOf(page, "select"))?.event).toBe(EVENT);
  await expect.poll(async () => (await lastOf(page, "resize"))?.height).toBeGreaterThan(300);
  const height = async () => (await lastOf(page, "resize"))?.height ?? 0;
  const frameHeight = () =>
    page.locator("iframe").evaluate((iframe) => iframe.getBoundingClientRect().height);
  // Sized to its content, the frame settles: the height it reports is its own, with no growth.
  await expect.poll(async () => (await height()) === Math.round(await frameHeight())).toBe(true);
  const settled = await height();
  expect(Number.isInteger(settled)).toBe(true);

  // The article opened, the frame says it is taller.
  await frame.getByRole("button", { name: "Show the article" }).click();
  await expect.poll(height).toBeGreaterThan(settled);

  // A choice in the frame is told to the host; the host's history stays as it was.
  const entries = await page.evaluate(() => history.length);
  await frame
    .getByRole("group", { name: "Events by date" })
    .getByRole("button", { name: /Taliban reach Kabul/ })
    .click();
  await expect
    .poll(async () => (await lastOf(page, "select"))?.event)
    .toBe("taliban-take-kabul-ghani-flees");
  expect(await page.evaluate(() => history.length)).toBe(entries);

  // The host chooses an event: the frame shows it. Malformed messages and unknown ids are ignored.
  await page.evaluate(() => {
    const target = document.querySelector("iframe")?.contentWindow;
    target?.postMessage({ source: "sourceline", type: "select", event: "no-such-event" }, "*");
    target?.postMessage({ source: "other", type: "select", event: "moscow-format-begins" }, "*");
    target?.postMessage("select moscow-format-begins", "*");
    target?.postMessage(
      { source: "sourceline", type: "select", event: "moscow-format-begins" },
      "*",
    );
  });
  await expect(frame.getByRole("article").getByRole("heading", { level: 2 })).toContainText(
    /Moscow format/i,
  );
  await expect.poll(async () => (await lastOf(page, "select"))?.event).toBe("moscow-format-begins");
  expect(await page.evaluate(() => history.length)).toBe(entries);
});
