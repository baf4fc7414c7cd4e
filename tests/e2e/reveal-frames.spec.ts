import { expect, isInside, openApp, test, timeline, windowOf } from "./fixtures";

// Issue 11: revealing an event frames all of it, at most eight times its span or two months,
// and the axis says the year, on a laptop, a desktop and a phone.
const WINDOWS = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
  { width: 390, height: 844 },
];
const DAY = 86_400_000;

for (const size of WINDOWS) {
  test.describe(`at ${size.width}×${size.height}`, () => {
    test.use({ viewport: size, hasTouch: size.width < 500, isMobile: size.width < 500 });

    test("a deep link to “April 2017” shows the whole month with its year", async ({ page }) => {
      await openApp(page, "event=moscow-format-begins");
      const marker = timeline(page).getByRole("button", {
        name: /Russia launches the Moscow format, April 2017/,
      });
      await expect(marker).toHaveClass(/marker--range/);
      expect(
        await isInside(marker.locator(".marker__bar").or(marker).first(), timeline(page)),
      ).toBe(true);
      await expect(page.locator(".axis")).toContainText("2017");
    });

    test("stepping from a day to a year-long range zooms out to show all of it", async ({
      page,
    }) => {
      await openApp(page, "event=russia-designates-taliban-terrorist");
      await expect(page.locator(".axis")).toContainText("2003");
      await page.keyboard.press("Home");
      await expect(page.getByText(/^1 of 16$/)).toBeVisible();
      // The first event runs 2001–2021: the window holds it whole.
      await expect
        .poll(() => {
          const { from, to } = windowOf(page);
          return from <= Date.UTC(2001, 0, 1) && to >= Date.UTC(2022, 0, 1) - DAY;
        })
        .toBe(true);
    });
  });
}
