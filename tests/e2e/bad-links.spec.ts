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
