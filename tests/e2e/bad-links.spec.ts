import fc from "fast-check";
import { generatedLink } from "../fixtures/generated-links";
import { details, expect, openApp, test } from "./fixtures";

test("an unknown event or country gets a notice and the rest of the link still applies", async ({
  page,
}) => {
  await openApp(page, "event=no-such-event&country=CN,ZZ,FR&q=taliban");
  await expect(page.getByText(/This dataset has no event "no-such-event"/)).toBeVisible();
  await expect(page.getByText(/No event in this dataset involves France \(FR\)/)).toBeVisible();
  await expect(page.getByText(/"ZZ" is not a country code/)).toBeVisible();
  await expect(page.getByRole("checkbox", { name: /China/ })).toBeChecked();
  await expect(page.getByRole("searchbox", { name: "Search events" })).toHaveValue("taliban");
});

test("a window with from after to is ignored with a notice", async ({ page }) => {
  await openApp(page, "from=2021-08-20&to=2021-08-10&event=taliban-take-kabul-ghani-flees");
  await expect(page.getByText(/time window could not be read/)).toBeVisible();
  await expect(
    details(page).getByRole("heading", { name: "Taliban reach Kabul; Ashraf Ghani flees" }),
  ).toBeVisible();
});

const garbage = [
  "event=%3Cscript%3Ealert(1)%3C%2Fscript%3E",
  "country=%E0%A4%A&q=%ZZ%",
  `q=${"x".repeat(5000)}&from=${"9".repeat(400)}&to=yesterday`,
  "EVENT=moscow-format-begins&Country=ru&country=cn",
  "from=2021-02-30&to=2021-13-01&data=",
  `${"a=1&".repeat(300)}event=${"-".repeat(3000)}`,
];

for (const search of garbage) {
  test(`survives ${search.slice(0, 40)}`, async ({ page }) => {
    await page.goto(`./?${search}`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByRole("region", { name: "Timeline" })).toBeVisible();
    await expect(page.getByRole("searchbox", { name: "Search events" })).toBeVisible();
    await expect(page.getByText(/All 16 events|Showing \d+ of 16 events/)).toBeVisible();
  });
}

test.describe("generated links", () => {
  // A generated `data` parameter names a file that is not there: those failed fetches are expected
  // (the page must say so), while an uncaught error still fails the test.
  test.use({ allowedFailures: /Failed to load resource|HTTP 404|request failed|favicon/ });

  test("a sample from the property tests opens without an error or a blank page", async ({
    page,
  }) => {
    test.setTimeout(180_000);
    const links = fc.sample(generatedLink, { numRuns: 25, seed: 2021 });
    for (const search of links) {
      await page.goto(`./?${search}`);
      // The explorer, or for a `data` address that cannot be opened, a message that says why.
      await expect(
        page
          .getByRole("heading", { level: 1 })
          .or(page.getByRole("heading", { name: "This dataset cannot be shown" }))
          .or(page.getByRole("heading", { name: "The timeline could not be loaded" })),
      ).toBeVisible({ timeout: 10_000 });
    }
  });
});
