import type { Page, Route } from "@playwright/test";
import { details, expect, test } from "./fixtures";

// These tests break the network on purpose: the failed responses they cause are expected.
test.use({
  allowedFailures:
    /Failed to load resource|HTTP (404|500)|kabul-2021\.json|presstv-2021|INTERNET_DISCONNECTED/,
});

const LINK = "./?event=hua-chunying-taliban-will-not-repeat-past&country=CN";
type Fault = (route: Route) => Promise<void>;

const faults: [string, RegExp, Fault, RegExp][] = [
  [
    "a 404 for the dataset",
    /\/datasets\/kabul-2021\.json$/,
    (route) => route.fulfill({ status: 404, body: "Not found" }),
    /answered 404/,
  ],
  [
    "a 500 for the article text",
    /\/sources\/presstv-.*\.txt$/,
    (route) => route.fulfill({ status: 500, body: "Boom" }),
    /answered 500/,
  ],
  [
    "a connection that drops",
    /\/datasets\/kabul-2021\.json$/,
    (route) => route.abort("connectionreset"),
    /could not be reached/,
  ],
];

async function breakRequests(page: Page, pattern: RegExp, fault: Fault) {
  let broken = true;
  await page.route(pattern, (route) => (broken ? fault(route) : route.continue()));
  return () => {
    broken = false;
  };
}

for (const [name, pattern, fault, message] of faults) {
  test(`${name}: says what failed, keeps the link, and Retry works once the fault is gone`, async ({
    page,
  }) => {
    const repair = await breakRequests(page, pattern, fault);
    await page.goto(LINK);
    // A 404 is shown at once; other network failures are retried twice with back-off first.
    await expect(page.getByRole("alert")).toContainText(message, { timeout: 10_000 });
    expect(page.url()).toContain("event=hua-chunying-taliban-will-not-repeat-past&country=CN");

    repair();
    await page.getByRole("button", { name: "Retry" }).click();
    await expect(
      details(page).getByRole("heading", { name: "China: the Taliban “will not repeat the past”" }),
    ).toBeVisible();
    await expect(page.getByRole("checkbox", { name: /China/ })).toBeChecked();
  });
}

test("a dataset that is a web page is refused with why, and no Retry", async ({ page }) => {
  await breakRequests(page, /\/datasets\/kabul-2021\.json$/, (route) =>
    route.fulfill({ status: 200, contentType: "text/html", body: "<html>proxy error</html>" }),
  );
  await page.goto(LINK);
  await expect(page.getByRole("alert")).toContainText(/is neither JSON nor CSV/);
  // The same answer would be refused again.
  await expect(page.getByRole("button", { name: "Retry" })).toHaveCount(0);
});

test("a dataset response that never ends is given up on, said so, and retried", async ({
  page,
}) => {
  // Fake time, so the app's 20 s timeout passes in moments (a timeout is not retried by itself).
  await page.clock.install();
  const repair = await breakRequests(page, /\/datasets\/kabul-2021\.json$/, async () => {
    // Never answer.
  });
  await page.goto(LINK);
  for (let wait = 0; wait < 4; wait++) {
    await page.clock.runFor(25_000);
    if (await page.getByRole("alert").count()) break;
  }
  await expect(page.getByRole("alert")).toContainText(/did not answer within 20 s/);
  repair();
  await page.getByRole("button", { name: "Retry" }).click();
  await page.clock.runFor(1_000);
  await expect(
    details(page).getByRole("heading", { name: "China: the Taliban “will not repeat the past”" }),
  ).toBeVisible();
});

test("going offline mid-session: what is loaded stays usable, a new dataset waits and says why, and loads back online", async ({
  page,
  context,
}) => {
  await page.goto(LINK);
  await expect(
    details(page).getByRole("heading", { name: "China: the Taliban “will not repeat the past”" }),
  ).toBeVisible();
  await context.setOffline(true);
  // Still usable offline: stepping needs no network.
  await page.getByRole("button", { name: "Next →" }).click();
  await expect(page.getByText("3 of 3")).toBeVisible();
  // Back/Forward to a link with another dataset needs the network, which is gone.
  await page.evaluate(() => {
    history.pushState(null, "", "?data=./datasets/kabul-2021.json%3Fcopy&country=CN");
    dispatchEvent(new PopStateEvent("popstate"));
  });
  await expect(page.getByRole("alert")).toContainText(/You are offline/);
  await expect(page.getByRole("button", { name: "Retry" })).toBeVisible();
  expect(page.url()).toContain("country=CN");
  // Back online, the dataset loads by itself.
  await context.setOffline(false);
  await expect(page.getByText("Showing 3 of 16 events")).toBeVisible();
});
