import { expect, isInside, openApp, test, timeline } from "./fixtures";

// Tall enough for all eight rows of the timeline (shorter windows give rows to the article).
test.use({ viewport: { width: 1440, height: 900 } });

test("opens on the 15–19 August 2021 cluster with the whole 2001–2021 span in the overview", async ({
  page,
}) => {
  await openApp(page);
  const plot = timeline(page);
  for (const name of [
    /Taliban reach Kabul; Ashraf Ghani flees, 15 Aug 2021/,
    /Zabiullah Mujahid's first Taliban press conference, 17 Aug 2021/,
    /China says the Taliban have changed, 19 Aug 2021/,
  ]) {
    const marker = plot.getByRole("button", { name });
    await expect(marker).toBeVisible();
    // A week across the window: each day is a bar across that day, not a dot at its noon.
    await expect(marker).toHaveClass(/marker--range/);
    expect(await isInside(marker, plot)).toBe(true);
  }
  // Ranges are bars, and the older events lie outside the default window.
  await expect(
    plot.getByRole("button", { name: /US-led forces withdraw from Afghanistan/ }),
  ).toHaveClass(/marker--range/);
  await expect(plot.getByRole("button", { name: /Russia launches the Moscow format/ })).toHaveCount(
    0,
  );

  const overview = page.locator(".overview");
  await expect(overview).toContainText("2002");
  await expect(overview).toContainText("2020");
  const windowBox = await overview.locator(".overview__window").boundingBox();
  const overviewBox = await overview.boundingBox();
  expect(windowBox && overviewBox && windowBox.x > overviewBox.x + overviewBox.width * 0.9).toBe(
    true,
  );
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test("the overview's window leaves its year labels readable", async ({ page }) => {
    await openApp(page);
    const handle = await page.locator(".overview__window").boundingBox();
    const labels = page.locator(".overview__label");
    await expect(labels.first()).toBeVisible();
    for (const box of await labels.evaluateAll((texts) =>
      texts.map((text) => text.getBoundingClientRect().toJSON() as DOMRect),
    )) {
      const overlaps =
        handle !== null &&
        box.left < handle.x + handle.width &&
        box.right > handle.x &&
        box.top < handle.y + handle.height &&
        box.bottom > handle.y;
      expect(overlaps).toBe(false);
    }
  });
});

test.describe("without JavaScript", () => {
  // Chromium refuses the page's script preloads with JavaScript off (reported as "csp").
  test.use({ javaScriptEnabled: false, allowedFailures: /^request failed: \S+\.js csp$/ });

  test("says on screen that the timeline needs JavaScript, on a laptop too", async ({ page }) => {
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto("./");
    // By CSS: Playwright's text matching skips what is inside <noscript>.
    const message = page.locator("noscript p");
    await expect(message).toHaveText("Sourceline needs JavaScript to show the timeline.");
    await expect(message).toBeInViewport();
  });
});
