import {
  details,
  eventList,
  expect,
  openApp,
  settledWindow,
  test,
  timeline,
  windowOf,
} from "./fixtures";

const span = (w: { from: number; to: number }) => w.to - w.from;

test("the wheel zooms at the pointer, a drag pans, and buttons and keys do both", async ({
  page,
}) => {
  await openApp(page, "from=2021-08-14&to=2021-08-21");
  const box = await timeline(page).boundingBox();
  if (!box) throw new Error("no timeline");
  const y = box.y + box.height - 40;

  // Wheel in at the right quarter: the date under the pointer stays put, so the window's left edge moves right.
  await page.mouse.move(box.x + box.width * 0.75, y);
  await page.mouse.wheel(0, -400);
  await expect.poll(() => span(windowOf(page))).toBeLessThan(7 * 86_400_000);
  const zoomed = await settledWindow(page);
  expect(zoomed.from).toBeGreaterThan(Date.parse("2021-08-14T00:00:00Z"));

  // Drag right by a quarter of the plot: the window moves a quarter of its span into the past.
  await page.mouse.move(box.x + box.width * 0.3, y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.55, y, { steps: 8 });
  await page.mouse.up();
  await expect.poll(() => windowOf(page).from).toBeLessThan(zoomed.from);
  expect(span(windowOf(page))).toBeCloseTo(span(zoomed), -5);

  await page.getByRole("button", { name: "Fit all" }).click();
  await expect.poll(() => windowOf(page).from).toBeLessThan(Date.parse("2001-01-01"));
  await page.getByRole("button", { name: "Zoom in" }).click();
  await expect.poll(() => windowOf(page).from).toBeGreaterThan(Date.parse("2001-01-01"));

  await timeline(page).getByRole("button").first().focus();
  const before = await settledWindow(page);
  await page.keyboard.press("Shift+ArrowRight");
  await expect.poll(() => windowOf(page).from).toBeGreaterThan(before.from);
  await page.keyboard.press("-");
  await expect.poll(() => span(windowOf(page))).toBeGreaterThan(span(before));
});

test("zoom stops at hours", async ({ page }) => {
  await openApp(page, "from=2021-08-15&to=2021-08-16");
  const box = await timeline(page).boundingBox();
  if (!box) throw new Error("no timeline");
  await page.mouse.move(box.x + box.width / 2, box.y + box.height - 40);
  for (let turn = 0; turn < 10; turn++) await page.mouse.wheel(0, -600);
  await expect.poll(() => span(windowOf(page))).toBeLessThanOrEqual(3 * 3_600_000 + 60_000);
  await expect(page.getByRole("button", { name: "Zoom in" })).toBeDisabled();
});

test("dragging the overview's window pans the timeline, even when the window is narrow", async ({
  page,
}) => {
  await openApp(page, "from=2021-08-14&to=2021-08-21");
  const handle = page.locator(".overview__window");
  const box = await handle.boundingBox();
  if (!box) throw new Error("no overview window");
  const before = await settledWindow(page);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 - 120, box.y + box.height / 2, { steps: 6 });
  await page.mouse.up();
  await expect.poll(() => windowOf(page).from).toBeLessThan(before.from - 365 * 86_400_000);
  // Moved whole, not resized: the span is the default week.
  const after = windowOf(page);
  expect(after.to - after.from).toBe(before.to - before.from);
});

test("dragging an edge of the overview's window resizes it", async ({ page }) => {
  await openApp(page, "from=2010-01-01&to=2014-01-01");
  const grip = page.locator(".overview__grip--end");
  const box = await grip.boundingBox();
  if (!box) throw new Error("no grip");
  const before = await settledWindow(page);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 100, box.y + box.height / 2, { steps: 5 });
  await page.mouse.up();
  await expect.poll(() => windowOf(page).to).toBeGreaterThan(before.to + 365 * 86_400_000);
  expect(windowOf(page).from).toBe(before.from);
});

test("keyboard zoom and pan keep working after the focused event leaves the view", async ({
  page,
}) => {
  await openApp(page, "event=taliban-take-kabul-ghani-flees&from=2021-08-14&to=2021-08-21");
  await page.getByRole("button", { name: "Next →" }).click();
  const start = windowOf(page);
  for (let press = 0; press < 4; press++) await page.keyboard.press("+");
  await expect.poll(() => span(windowOf(page))).toBeLessThan(span(start) / 4);
  const zoomed = await settledWindow(page);
  for (let press = 0; press < 5; press++) await page.keyboard.press("Shift+ArrowRight");
  await expect.poll(() => windowOf(page).from).toBeGreaterThan(zoomed.from + span(zoomed));
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test("an event chosen in the list is shown: the page scrolls up to its details", async ({
    page,
  }) => {
    await openApp(page);
    const row = eventList(page).getByRole("button", { name: /Russia launches the Moscow format/ });
    await row.scrollIntoViewIfNeeded();
    await row.tap();
    const heading = details(page).getByRole("heading", {
      name: "Russia launches the Moscow format",
    });
    await expect(heading).toBeInViewport();
    await expect(row).toHaveAttribute("aria-current", "true");
  });

  test("tap selects, a touch drag pans, and the page never scrolls sideways", async ({ page }) => {
    await openApp(page, "from=2021-08-14&to=2021-08-21");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );

    await timeline(page)
      .getByRole("button", { name: /Taliban reach Kabul/ })
      .tap();
    await expect(
      details(page).getByRole("heading", { name: "Taliban reach Kabul; Ashraf Ghani flees" }),
    ).toBeVisible();

    const box = await timeline(page).boundingBox();
    if (!box) throw new Error("no timeline");
    const before = await settledWindow(page);
    const y = box.y + box.height - 20;
    const cdp = await page.context().newCDPSession(page);
    const touch = (type: "touchStart" | "touchMove" | "touchEnd", x: number) =>
      cdp.send("Input.dispatchTouchEvent", {
        type,
        touchPoints: type === "touchEnd" ? [] : [{ x, y }],
      });
    await touch("touchStart", box.x + 250);
    for (let x = 240; x >= 100; x -= 20) await touch("touchMove", box.x + x);
    await touch("touchEnd", box.x + 100);
    await expect.poll(() => windowOf(page).from).toBeGreaterThan(before.from);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
  });
});
