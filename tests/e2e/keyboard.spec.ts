import { details, eventList, expect, openApp, test, timeline } from "./fixtures";

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

test("a list of 1,000 events is one Tab stop, ↓ walks it past the rendered rows, long titles end in …", async ({
  page,
}) => {
  const long = "with a title long enough to need a second line ".repeat(3).trim();
  const events = Array.from({ length: 1000 }, (_, i) => ({
    id: `talks-${i}`,
    title: i === 0 ? `Talks, round 0, ${long}` : `Talks, round ${i}`,
    when: { start: new Date(Date.UTC(2020, 0, 1) + i * 86_400_000).toISOString().slice(0, 10) },
    countries: ["AF"],
    quotes: [{ sourceId: "s", exact: "Talks", start: 0, end: 5 }],
  }));
  const sources = [{ id: "s", title: "S", publishedAt: "2024-01-01", text: "Talks went on." }];
  await page.route(
    (url) => url.pathname === "/many.json",
    (route) => route.fulfill({ json: { title: "Many talks", sources, events } }),
  );
  await page.goto("./?data=/many.json");
  await expect(page.getByRole("heading", { level: 1, name: "Many talks" })).toBeVisible();
  const rows = eventList(page).getByRole("button");
  await expect(rows.first()).toBeVisible();
  await expect(eventList(page).locator('button[tabindex="0"]')).toHaveCount(1);

  // The first row's long title stays on one line, cut with an ellipsis, inside its row.
  const name = rows.first().locator(".event-list__name");
  const fits = await name.evaluate((element) => ({
    overflow: getComputedStyle(element).textOverflow,
    height: element.getBoundingClientRect().height,
  }));
  expect(fits.overflow).toBe("ellipsis");
  expect(fits.height).toBeLessThan(30);

  await rows.first().focus();
  for (let i = 0; i < 40; i++) await page.keyboard.press("ArrowDown");
  await expect(eventList(page).locator(":focus")).toHaveText(/Talks, round 40$/);
  await page.keyboard.press("Tab");
  await expect(eventList(page).locator(":focus")).toHaveCount(0);

  // Scrolled far from that row, the list keeps a Tab stop among the rows in view.
  await eventList(page)
    .locator(".event-list__scroller")
    .evaluate((scroller) => scroller.scrollTo(0, 30_000));
  await expect(eventList(page).locator('button[tabindex="0"]')).toHaveCount(1);
  await expect(eventList(page).locator('button[tabindex="0"]')).not.toHaveText(/round 40$/);
});
