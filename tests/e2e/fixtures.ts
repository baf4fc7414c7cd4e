import { test as base, expect, type Locator, type Page, type Request } from "@playwright/test";

export { expect };

/**
 * Every page of the test's browser context fails the test on any console error, uncaught page
 * error or failed request, so a journey that looks right on screen but throws underneath fails.
 */
export const test = base.extend<{ allowedFailures: RegExp }>({
  // Problems a test expects (it provokes them on purpose); by default none.
  allowedFailures: [/(?!)/, { option: true }],
  context: async ({ context, allowedFailures }, use) => {
    const problems: string[] = [];
    // A Content-Security-Policy violation is reported as a console error, so it fails the test.
    await context.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (event) => {
        console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI}`);
      });
    });
    context.on("page", (page) => watch(page, problems, allowedFailures));
    await use(context);
    expect(problems, "console errors, page errors or failed requests").toEqual([]);
  },
});

function watch(page: Page, problems: string[], allowed: RegExp) {
  // Uncaught page errors are never allowed; the rest may be, when a test provokes them.
  const report = (problem: string) => {
    if (!allowed.test(problem)) problems.push(problem);
  };
  page.on("console", (message) => {
    if (message.type() === "error") report(`console error: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  // Each request with the page load it was made for: a reload or navigation cancels what the
  // page it left still had on the way (net::ERR_ABORTED), a lazy chunk as much as the favicon.
  let loads = 0;
  const madeFor = new WeakMap<Request, number>();
  page.on("request", (request) => {
    if (request.isNavigationRequest() && request.frame() === page.mainFrame()) loads++;
    madeFor.set(request, loads);
  });
  page.on("requestfailed", (request) => {
    const failure = request.failure()?.errorText ?? "";
    const left = (madeFor.get(request) ?? loads) < loads;
    // The browser fetches the favicon on its own, and a navigation may cancel it: housekeeping.
    const favicon = new URL(request.url()).pathname.endsWith("/favicon.svg");
    if (failure === "net::ERR_ABORTED" && (left || favicon)) return;
    report(`request failed: ${request.url()} ${failure}`);
  });
  page.on("response", (response) => {
    if (response.status() >= 400) report(`HTTP ${response.status()} ${response.url()}`);
  });
}

/** Opens the app at `search` and waits for the timeline. */
export async function openApp(page: Page, search = "") {
  await page.goto(search ? `./?${search}` : "./");
  await expect(
    page.getByRole("heading", { level: 1, name: "The fall of Kabul, August 2021" }),
  ).toBeVisible();
}

export const timeline = (page: Page) => page.getByRole("group", { name: "Events by date" });
export const article = (page: Page) => page.getByRole("region", { name: "Article text" });
export const details = (page: Page) => page.getByRole("article");
export const eventList = (page: Page) => page.getByRole("region", { name: /^Events/ });

/** Whether `inner` is drawn wholly inside `outer`'s box (what a person can see, not the DOM). */
export async function isInside(inner: Locator, outer: Locator): Promise<boolean> {
  const [a, b] = await Promise.all([inner.boundingBox(), outer.boundingBox()]);
  if (!a || !b) return false;
  return (
    a.x >= b.x - 1 &&
    a.y >= b.y - 1 &&
    a.x + a.width <= b.x + b.width + 1 &&
    a.y + a.height <= b.y + b.height + 1
  );
}

/** The time window the address bar holds, in ms. */
export function windowOf(page: Page): { from: number; to: number } {
  const params = new URL(page.url()).searchParams;
  return { from: Date.parse(params.get("from") ?? ""), to: Date.parse(params.get("to") ?? "") };
}

/**
 * The time window once the address bar has caught up: the app writes zoom and pan changes at most
 * five times a second, so a baseline is read only after it has held still for a while.
 */
export async function settledWindow(page: Page): Promise<{ from: number; to: number }> {
  let last = page.url();
  for (let tries = 0; tries < 20; tries++) {
    await page.waitForTimeout(300);
    const now = page.url();
    if (now === last) break;
    last = now;
  }
  return windowOf(page);
}
