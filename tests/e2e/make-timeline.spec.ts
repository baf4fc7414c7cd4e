import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { article, expect, test, timeline } from "./fixtures";

// A short wire report: its weekday is counted back from the publication date (Fri 20 Aug 2021).
const REPORT = [
  "Kabul airport evacuation continues",
  "The Taliban said on Thursday that the airport would stay open for foreigners until the end of the month.",
  "Crowds gathered at the gates again, and the 👍🏽 sign went round on phones.",
].join("\n\n");

// A laptop screen: the article pane is tall enough that a drag never nears the window's edge
// (where the browser would scroll the page under the pointer).
test.use({ viewport: { width: 1366, height: 900 } });

/** Selects words in the article by dragging the mouse across them, as a reader does. */
async function selectWords(page: Page, words: string) {
  // Measured until the layout holds still: the page may still be settling from the last change.
  let box = await wordsBox(page, words);
  for (let tries = 0; tries < 20; tries++) {
    await page.waitForTimeout(100);
    const again = await wordsBox(page, words);
    if (JSON.stringify(again) === JSON.stringify(box)) break;
    box = again;
  }
  await page.mouse.move(box.x1, box.y1);
  await page.mouse.down();
  await page.mouse.move(box.x2, box.y2, { steps: 8 });
  await page.mouse.up();
}

function wordsBox(page: Page, words: string) {
  return page.evaluate((words) => {
    const pane = document.querySelector(".article__body");
    if (!pane) throw new Error("no article");
    const walker = document.createTreeWalker(pane, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(words) ?? -1;
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + words.length);
      range.startContainer.parentElement?.scrollIntoView({ block: "nearest" });
      const rects = range.getClientRects();
      const first = rects[0];
      const last = rects[rects.length - 1];
      if (!first || !last) break;
      return {
        x1: first.left + 1,
        y1: first.top + first.height / 2,
        x2: last.right - 1,
        y2: last.top + last.height / 2,
      };
    }
    throw new Error(`“${words}” is not in one run of the article`);
  }, words);
}

async function addReport(page: Page) {
  await page.getByLabel("Source text").fill(REPORT);
  await page.getByLabel("Title", { exact: true }).fill("Kabul airport evacuation continues");
  await page.getByLabel("Publisher").fill("Example Wire");
  await page.getByLabel("Address", { exact: true }).fill("https://example.org/kabul-airport");
  await page.getByLabel("Publication date").fill("2021-08-20");
  await page.getByRole("button", { name: "Add source" }).click();
  await expect(article(page).getByText(/airport would stay open/)).toBeVisible();
}

test("a new timeline: paste a source, select words, the event and its date follow, and it is kept", async ({
  page,
}) => {
  // A long journey (a reload, an export and an import): on this shared machine it can take 20 s.
  test.setTimeout(90_000);
  await page.goto("./");
  await page.getByRole("button", { name: "New timeline" }).click();
  const title = page.getByLabel("Timeline title");
  await expect(title).toHaveValue("Untitled timeline");
  await title.fill("Evacuation week");
  await addReport(page);

  await selectWords(page, "The Taliban said on Thursday that the airport would stay open");
  const toolbar = page.getByRole("toolbar", { name: "Selected words" });
  await toolbar.getByRole("button", { name: "New event from this quote" }).click();

  // The quotation names Thursday: the date is filled from it, counted back from the Friday.
  const form = page.locator(".app__details");
  await expect(form.getByText(/19 Aug 2021/).first()).toBeVisible();
  await form.getByLabel("Title", { exact: true }).fill("Taliban say the airport stays open");
  await expect(
    timeline(page).getByRole("button", { name: /Taliban say the airport stays open/ }),
  ).toBeVisible();
  await expect(
    article(page).locator("mark.quote-mark--selected", { hasText: "airport would stay open" }),
  ).toBeVisible();

  // Every change is kept as it is made: a reload opens the draft where it was.
  await expect(page.getByText("kept in this browser")).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Timeline title")).toHaveValue("Evacuation week");
  await expect(
    timeline(page).getByRole("button", { name: /Taliban say the airport stays open/ }),
  ).toBeVisible();

  // Exported, it opens as any dataset, its quotation marked.
  await page.getByRole("button", { name: "Export" }).click();
  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "Sourceline JSON", exact: true }).click();
  const file = await (await downloading).path();
  const text = readFileSync(file, "utf8");
  await page.goto("./");
  await page.getByLabel("Dataset file").setInputFiles({
    name: "evacuation-week.json",
    mimeType: "application/json",
    buffer: Buffer.from(text),
  });
  await expect(page.getByRole("heading", { level: 1, name: "Evacuation week" })).toBeVisible();
  await timeline(page)
    .getByRole("button", { name: /Taliban say the airport stays open/ })
    .click();
  await expect(
    article(page).locator("mark.quote-mark--selected", { hasText: "airport would stay open" }),
  ).toBeVisible();
});
