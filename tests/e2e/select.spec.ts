import { article, details, eventList, expect, isInside, openApp, test, timeline } from "./fixtures";

test("clicking an event shows its details and scrolls its quotation into the article's view", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 700 });
  await openApp(page);
  await timeline(page)
    .getByRole("button", { name: /Taliban reach Kabul/ })
    .click();

  await expect(
    details(page).getByRole("heading", { name: "Taliban reach Kabul; Ashraf Ghani flees" }),
  ).toBeVisible();
  const highlighted = article(page).locator("mark.quote-mark--selected").first();
  await expect(highlighted).toContainText(
    "The militants laid siege to the capital, Kabul, on Sunday",
  );
  // The passage sits far down the article: the pane must have scrolled it into its own view.
  await expect.poll(() => isInside(highlighted, article(page))).toBe(true);
  expect(await article(page).evaluate((pane) => pane.scrollTop)).toBeGreaterThan(0);
});

test("clicking a highlighted passage selects its event and brings it into the timeline's view", async ({
  page,
}) => {
  await openApp(page);
  const passage = article(page).getByRole("button", {
    name: /Russia began hosting the “Moscow format” consultations/,
  });
  await passage.scrollIntoViewIfNeeded();
  await passage.click();

  await expect(
    details(page).getByRole("heading", { name: "Russia launches the Moscow format" }),
  ).toBeVisible();
  await expect(
    eventList(page).getByRole("button", { name: /Russia launches the Moscow format/ }),
  ).toHaveAttribute("aria-current", "true");
  const marker = timeline(page).getByRole("button", {
    name: /Russia launches the Moscow format, April 2017/,
  });
  await expect(marker).toBeVisible();
  // Dated to its month only: a bar across April 2017, wholly in view.
  await expect(marker).toHaveClass(/marker--range/);
  expect(await isInside(marker, timeline(page))).toBe(true);
  expect(new URL(page.url()).searchParams.get("event")).toBe("moscow-format-begins");
});
