import { details, expect, openApp, test, timeline } from "./fixtures";

test("keyboard only: Tab reaches the timeline, arrows step in date order, Enter selects, focus stays visible", async ({
  page,
}) => {
  await openApp(page);
  const plot = timeline(page);
  // Tab from the top of the page until focus lands on an event marker.
  for (let presses = 0; presses < 15; presses++) {
    await page.keyboard.press("Tab");
    if (await plot.locator(":focus").count()) break;
  }
  const focused = plot.locator(":focus");
  await expect(focused).toHaveCount(1);
  const outline = await focused.evaluate((element) => getComputedStyle(element).outlineStyle);
  expect(outline).not.toBe("none");

  await page.keyboard.press("Enter");
  const first = await details(page).getByRole("heading").first().textContent();
  expect(first).toBeTruthy();

  await page.keyboard.press("Home");
  await expect(
    details(page).getByRole("heading", { name: "Twenty years of foreign military presence" }),
  ).toBeVisible();
  await page.keyboard.press("ArrowRight");
  await expect(
    details(page).getByRole("heading", {
      name: "Russia lists the Taliban as a terrorist organisation",
    }),
  ).toBeVisible();
  await expect(plot.locator(":focus")).toHaveAttribute("aria-current", "true");
  await page.keyboard.press("End");
  await expect(page.getByText("16 of 16")).toBeVisible();
  await page.keyboard.press("ArrowLeft");
  await expect(page.getByText("15 of 16")).toBeVisible();

  // Nothing traps focus: Tab moves on out of the timeline.
  for (let presses = 0; presses < 6; presses++) await page.keyboard.press("Tab");
  await expect(plot.locator(":focus")).toHaveCount(0);
});

test("Space selects the focused event", async ({ page }) => {
  await openApp(page);
  await timeline(page)
    .getByRole("button", { name: /Taliban reach Kabul/ })
    .focus();
  await page.keyboard.press("Space");
  await expect(
    details(page).getByRole("heading", { name: "Taliban reach Kabul; Ashraf Ghani flees" }),
  ).toBeVisible();
});
