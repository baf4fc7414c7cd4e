import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

const RLO = "\u202E";

// A TimelineJS file whose title and event carry a right-to-left override, opened from an
// address that carries one too.
const TIMELINE = {
  title: { text: { headline: `${RLO}Reversed title` } },
  events: [
    { start_date: { year: "2021", month: "8", day: "15" }, text: { headline: `${RLO}Kabul` } },
  ],
};

/**
 * Whether a text's first character is drawn left of its second, as left-to-right text is (the
 * first two: a narrow header may wrap the text, putting its last word on the next line).
 */
async function readsLeftToRight(page: Page, name: string) {
  return page.getByRole("link", { name }).evaluate((link) => {
    const node = link.firstChild as Text;
    const box = (at: number) => {
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + 1);
      return range.getBoundingClientRect();
    };
    return box(0).left < box(1).left;
  });
}

test("a right-to-left override in the dataset's address or title stays in it", async ({ page }) => {
  await page.route(
    (url) => url.pathname.startsWith("/shared/"),
    (route) => route.fulfill({ contentType: "application/json", body: JSON.stringify(TIMELINE) }),
  );
  await page.goto(`./?data=${encodeURIComponent(`./shared/${RLO}nosj.json`)}`);
  await expect(page.getByRole("heading", { level: 1, name: `${RLO}Reversed title` })).toBeVisible();
  await expect(page.getByText(`./shared/${RLO}nosj.json`)).toBeVisible();
  // The app's own words after the address are drawn left to right, first letter leftmost.
  expect(await readsLeftToRight(page, "Back to the built-in timeline")).toBe(true);
  expect(await page.title()).toBe(`\u2068${RLO}Reversed title\u2069 · Sourceline`);
});
