import { expect, test } from "./fixtures";

// Issue 12: shared ?data= links to TimelineJS files built to freeze or crash the reader. Before
// the fix the first froze the page for 22 s and the second refused the whole file with
// "Maximum call stack size exceeded".
const SPACES_CSV = [
  "Year,Month,Day,Time,Headline",
  `1969,7,20,1${" ".repeat(150_000)}x,Padded`,
  "1969,7,20,10:30,Moon landing",
].join("\n");

const DEEP_JSON =
  `{"title":{"text":{"headline":"Deep dates"}},"events":[` +
  `{"start_date":{"year":${"[".repeat(10_000)}1969${"]".repeat(10_000)}},"text":{"headline":"Deep"}},` +
  `{"start_date":{"year":1969},"text":{"headline":"Moon landing"}}]}`;

for (const { file, body, heading, skipped } of [
  {
    file: "spaces.csv",
    body: SPACES_CSV,
    heading: /spaces\.csv/,
    skipped: /^Skipped row 2: Time hour "1 +… +x" is not a whole number$/,
  },
  {
    file: "deep.json",
    body: DEEP_JSON,
    heading: "Deep dates",
    skipped: /^Skipped events\[0\]: start_date\.year is nested 10,000 levels deep/,
  },
]) {
  test(`a ?data= link to ${file} opens at once and says which event it left out`, async ({
    page,
  }) => {
    await page.route(
      (url) => url.pathname === `/shared/${file}`,
      (route) => route.fulfill({ contentType: "text/plain", body }),
    );
    await page.goto(`./?data=./shared/${file}`);
    await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
    await expect(
      page.getByRole("region", { name: /^Events/ }).getByRole("button", { name: /Moon landing/ }),
    ).toBeVisible();
    await page.getByText("1 item of the file could not be read and was left out").click();
    await expect(page.getByText(skipped)).toBeVisible();
  });
}
