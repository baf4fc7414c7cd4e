import { details, eventList, expect, openApp, test, timeline } from "./fixtures";

test("filtering by China keeps only China's events everywhere, and stepping stays within it", async ({
  page,
}) => {
  await openApp(page);
  await page.getByRole("checkbox", { name: /China/ }).check();

  await expect(page.getByText("Showing 3 of 16 events")).toBeVisible();
  await expect(eventList(page).getByRole("button")).toHaveCount(3);
  const names = await timeline(page)
    .getByRole("button")
    .evaluateAll((buttons) =>
      buttons.map((button) => button.getAttribute("aria-label") ?? button.textContent ?? ""),
    );
  expect(names.filter((name) => /Taliban reach Kabul|US-led forces/.test(name))).toEqual([]);

  await page.getByRole("button", { name: "Next →" }).click();
  await expect(page.getByText("1 of 3")).toBeVisible();
  await page.getByRole("button", { name: "Next →" }).click();
  await page.getByRole("button", { name: "Next →" }).click();
  await expect(page.getByText("3 of 3")).toBeVisible();
  await expect(page.getByRole("button", { name: "Next →" })).toBeDisabled();

  await page.getByRole("button", { name: "Clear filters" }).first().click();
  await expect(page.getByText("All 16 events")).toBeVisible();
  await expect(eventList(page).getByRole("button")).toHaveCount(16);
});

test("a phrase typed with straight quotes finds the curly-quoted words", async ({ page }) => {
  await openApp(page);
  await page.getByRole("searchbox", { name: "Search events" }).fill(`"will not repeat the past"`);
  await expect(eventList(page).getByRole("button")).toHaveCount(1);
  await eventList(page).getByRole("button").click();
  await expect(
    details(page).getByRole("heading", { name: "China: the Taliban “will not repeat the past”" }),
  ).toBeVisible();
});
