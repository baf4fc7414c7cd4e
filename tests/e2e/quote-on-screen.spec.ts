import type { Page } from "@playwright/test";
import { article, details, eventList, expect, openApp, test, timeline } from "./fixtures";

// Issue 11: on any laptop or desktop window, whatever selects an event, the first line of its
// quotation is inside the browser window without scrolling, and the timeline stays in view.
const WINDOWS = [
  { width: 1280, height: 720 },
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
];

/** Where the selected quotation's first line is, against the window and the article's pane. */
function firstLineOnScreen(page: Page): Promise<string> {
  return page.evaluate(() => {
    const mark = document.querySelector("mark.quote-mark--selected");
    const pane = document.querySelector('[aria-label="Article text"]');
    if (!mark || !pane) return "no selected quotation";
    const line = mark.getClientRects()[0];
    const box = pane.getBoundingClientRect();
    if (!line) return "not drawn";
    const bottom = Math.min(box.bottom, window.innerHeight);
    if (line.top < Math.max(box.top, 0) - 1 || line.bottom > bottom + 1) {
      return `first line at ${Math.round(line.top)}–${Math.round(line.bottom)}, visible ${Math.round(box.top)}–${Math.round(bottom)}`;
    }
    return "on screen";
  });
}

async function expectQuoteAndTimelineOnScreen(page: Page) {
  await expect.poll(() => firstLineOnScreen(page)).toBe("on screen");
  const plot = await timeline(page).boundingBox();
  const height = page.viewportSize()?.height ?? 0;
  expect(plot && plot.y >= 0 && plot.y + plot.height <= height).toBe(true);
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
}

for (const size of WINDOWS) {
  test.describe(`at ${size.width}×${size.height}`, () => {
    test.use({ viewport: size });

    test("stepping through all 16 events with → keeps each one's quotation on screen", async ({
      page,
    }) => {
      await openApp(page);
      await page.keyboard.press("Home");
      for (let step = 1; step <= 16; step++) {
        await expect(page.getByText(`${step} of 16`)).toBeVisible();
        await expectQuoteAndTimelineOnScreen(page);
        if (step < 16) await page.keyboard.press("ArrowRight");
      }
    });

    test("a deep link, a list choice and a timeline click each show the quotation", async ({
      page,
    }) => {
      await openApp(page, "event=lavrov-mangoush-press-conference");
      await expect(details(page).getByRole("heading", { level: 2 })).toContainText("Lavrov");
      await expectQuoteAndTimelineOnScreen(page);

      await eventList(page)
        .getByRole("button", { name: /Taliban reach Kabul/ })
        .click();
      await expect(details(page).getByRole("heading", { level: 2 })).toContainText(
        "Taliban reach Kabul",
      );
      await expectQuoteAndTimelineOnScreen(page);

      await timeline(page)
        .getByRole("button", { name: /Zabiullah Mujahid/ })
        .click();
      await expect(details(page).getByRole("heading", { level: 2 })).toContainText("Mujahid");
      await expectQuoteAndTimelineOnScreen(page);
      await expect(article(page).locator("mark.quote-mark--selected").first()).toBeVisible();
    });
  });
}

test.describe("on a phone (390×844)", () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test("“Show in the article” scrolls the passage on screen, and “Back to the details” returns", async ({
    page,
  }) => {
    await openApp(page, "event=lavrov-mangoush-press-conference");
    const show = details(page).getByRole("button", { name: "Show in the article (quotation 2)" });
    await show.click();
    const passage = article(page).getByRole("button", {
      name: /We welcome the Taliban's recent statement/,
    });
    await expect(passage).toBeFocused();
    await expect(passage).toBeInViewport();
    const back = page.getByRole("button", { name: "↑ Back to the details" });
    await expect(back).toBeInViewport();
    await back.click();
    await expect(show).toBeFocused();
    await expect(show).toBeInViewport();
  });
});
