import { details, expect, openApp, test, timeline } from "./fixtures";

test("Copy link puts the canonical URL in the clipboard, and it opens the same view elsewhere", async ({
  page,
  browser,
  baseURL,
}) => {
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL });
  await openApp(page, "from=2021-08-16&to=2021-08-20");
  await page.getByRole("checkbox", { name: /Russia/ }).check();
  await page.getByRole("searchbox", { name: "Search events" }).fill("dialogue");
  await page
    .getByRole("button", { name: /Lavrov backs national dialogue/ })
    .first()
    .click();
  await page.getByRole("button", { name: "Copy link" }).click();
  await expect(page.getByText("Link copied")).toBeVisible();

  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(
    `${baseURL}?event=lavrov-mangoush-press-conference&country=RU&q=dialogue&from=2021-08-16&to=2021-08-20`,
  );

  const other = await browser.newContext();
  const fresh = await other.newPage();
  await fresh.goto(copied);
  await expect(
    details(fresh).getByRole("heading", { name: "Lavrov backs national dialogue in Afghanistan" }),
  ).toBeVisible();
  await expect(fresh.getByRole("checkbox", { name: /Russia/ })).toBeChecked();
  await expect(fresh.getByRole("searchbox", { name: "Search events" })).toHaveValue("dialogue");
  await expect(
    timeline(fresh).getByRole("button", { name: /Lavrov backs national dialogue/ }),
  ).toBeVisible();
  expect(fresh.url()).toBe(copied);
  await other.close();
});

test("Back and Forward move between selected events; filters and zoom do not flood history", async ({
  page,
}) => {
  await openApp(page);
  const length = () => page.evaluate(() => history.length);
  const start = await length();

  await page.getByRole("checkbox", { name: /Russia/ }).check();
  await page.getByRole("checkbox", { name: /China/ }).check();
  await page.getByRole("searchbox", { name: "Search events" }).fill("taliban");
  await page.getByRole("button", { name: "Zoom in" }).click();
  await page.getByRole("button", { name: "Zoom out" }).click();
  expect(await length()).toBe(start);

  await page.getByRole("button", { name: "Next →" }).click();
  const first = await details(page).getByRole("heading").first().textContent();
  await page.getByRole("button", { name: "Next →" }).click();
  const second = await details(page).getByRole("heading").first().textContent();
  expect(second).not.toBe(first);
  expect(await length()).toBe(start + 2);

  await page.goBack();
  await expect(details(page).getByRole("heading").first()).toHaveText(first ?? "");
  await page.goForward();
  await expect(details(page).getByRole("heading").first()).toHaveText(second ?? "");
});
