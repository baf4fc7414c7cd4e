import { details, expect, openApp, test } from "./fixtures";

test.describe("the Content-Security-Policy", () => {
  // This test provokes a violation on purpose; the fixture otherwise fails any test that has one.
  test.use({ allowedFailures: /CSP violation|Content Security Policy/ });

  test("is shipped by the build and blocks inline script", async ({ page }) => {
    await openApp(page);
    const policy = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute("content");
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("base-uri 'self'");
    expect(policy).toContain("worker-src 'self'");

    const outcome = await page.evaluate(async () => {
      const violations: string[] = [];
      document.addEventListener("securitypolicyviolation", (e) =>
        violations.push(e.violatedDirective),
      );
      const script = document.createElement("script");
      script.textContent = "window.__injected = true";
      document.body.append(script);
      await new Promise((resolve) => setTimeout(resolve, 100));
      return { ran: "__injected" in window, violations };
    });
    expect(outcome.ran).toBe(false);
    expect(outcome.violations[0]).toMatch(/^script-src/);
  });
});

// The dataset's own address (the page's address ends in "hostile.json" too, as its data parameter).
const isHostile = (url: URL) => url.pathname === "/hostile.json";

const PAYLOAD = `<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>`;

/** A dataset with the payload in every string field; `url` is the source's address. */
function hostileDataset(url?: string) {
  const text = `Before ${PAYLOAD} after.`;
  const start = text.indexOf(PAYLOAD);
  return {
    title: `Hostile ${PAYLOAD}`,
    description: PAYLOAD,
    sources: [
      {
        id: "s",
        title: `Source ${PAYLOAD}`,
        publisher: PAYLOAD,
        ...(url ? { url } : {}),
        publishedAt: "2021-08-19",
        text,
      },
    ],
    events: [
      {
        id: "hostile",
        title: `Title ${PAYLOAD}`,
        summary: `Summary ${PAYLOAD}`,
        kind: PAYLOAD,
        countries: ["AF"],
        actors: [PAYLOAD],
        when: { start: "2021-08-19", note: PAYLOAD },
        quotes: [
          { sourceId: "s", exact: PAYLOAD, start, end: start + PAYLOAD.length, speaker: PAYLOAD },
        ],
      },
    ],
  };
}

test("markup in every field of a dataset is shown as text, never run", async ({ page }) => {
  let dataset = hostileDataset("javascript:alert(1)");
  await page.route(isHostile, (route) => route.fulfill({ json: dataset }));
  // A javascript: source URL is refused, with the field named.
  await page.goto("./?data=./hostile.json");
  await expect(
    page.getByText(/sources\[0\]\.url: "javascript:alert\(1\)" is not an http\(s\) address/),
  ).toBeVisible();

  dataset = hostileDataset();
  await page.goto("./?data=./hostile.json&event=hostile");
  await expect(details(page).getByRole("heading", { name: `Title ${PAYLOAD}` })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Hostile ${PAYLOAD}`);
  expect(await page.locator("img, script:not([src])").count()).toBe(0);
  expect(await page.evaluate(() => "__pwned" in window)).toBe(false);
});

test("links from data open only http(s) addresses, in a new tab without opener", async ({
  page,
}) => {
  await openApp(page, "event=lavrov-mangoush-press-conference");
  const links = page.locator('a[target="_blank"]');
  expect(await links.count()).toBeGreaterThan(0);
  for (const link of await links.all()) {
    expect(await link.getAttribute("href")).toMatch(/^https?:\/\//);
    expect(await link.getAttribute("rel")).toBe("noopener noreferrer");
  }
});
