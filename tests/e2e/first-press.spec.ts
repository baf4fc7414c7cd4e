import { expect, test } from "./fixtures";

test("a press on a header button as the page first shows is never lost, on a slow connection too", async ({
  page,
}) => {
  // Every script but the first comes late, as the chunks loaded beside the dataset would on a
  // slow connection: the header's buttons must work without them.
  await page.route(/\/assets\/(?!index-)[^/]*\.js$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    await route.continue();
  });
  await page.goto("./");
  const button = page.getByRole("button", { name: "New timeline" });
  await expect(button).toBeVisible({ timeout: 15_000 });
  // Where a reader's pointer lands, at once: not Playwright's wait for a button that listens.
  const box = await button.boundingBox();
  expect(box).not.toBeNull();
  if (!box) return;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await expect(page.getByLabel("Timeline title")).toHaveValue("Untitled timeline", {
    timeout: 15_000,
  });
});
