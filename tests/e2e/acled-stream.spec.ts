import { readFileSync } from "node:fs";
import type { Worker } from "@playwright/test";
import { details, eventList, expect, openApp, test } from "./fixtures";

const FIXTURE = readFileSync(
  new URL("../fixtures/acled/exampleville.csv", import.meta.url),
  "utf8",
);
const [HEADER = "", FIRST = ""] = FIXTURE.split("\n");

test("an ACLED export named by ?data= is read as it streams in, in a Worker, and shows its rows as events", async ({
  page,
}) => {
  await page.route(
    (url) => url.pathname === "/exports/exampleville.csv",
    (route) => route.fulfill({ contentType: "text/csv", body: FIXTURE }),
  );
  const workers: Worker[] = [];
  page.on("worker", (worker) => workers.push(worker));
  await page.goto("./?data=./exports/exampleville.csv");
  await expect(page.getByRole("heading", { level: 1, name: "exampleville.csv" })).toBeVisible();
  await expect(
    page.getByText(/Dataset: \.\/exports\/exampleville\.csv \(ACLED CSV export\)/),
  ).toBeVisible();
  await eventList(page)
    .getByRole("button", { name: /Armed clash in Exampleville/ })
    .click();
  await expect(details(page).getByText("Example Militia")).toBeVisible();
  await expect(details(page).getByText(/Fatalities reported: 3\./)).toBeVisible();
  expect(workers.map((worker) => worker.url())).toEqual([
    expect.stringContaining("read-dataset-worker"),
  ]);
});

test("an ACLED export over 50 MB opens, which no whole file that large does", async ({ page }) => {
  // 120,000 rows of about 500 bytes: a minute at most on a shared machine.
  test.setTimeout(90_000);
  const rows = Array.from({ length: 120_000 }, (_, i) => FIRST.replace(/^XMP1,/, `XMP${i + 1},`));
  const body = `${HEADER}\n${rows.join("\n")}\n`;
  expect(body.length).toBeGreaterThan(50_000_000);
  await page.route(
    (url) => url.pathname === "/exports/large.csv",
    (route) => route.fulfill({ contentType: "text/csv", body }),
  );
  await page.goto("./?data=./exports/large.csv");
  await expect(page.getByRole("heading", { level: 1, name: "large.csv" })).toBeVisible({
    timeout: 80_000,
  });
  await expect(page.getByRole("status").filter({ hasText: "All 120,000 events" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Events (120,000)" })).toBeVisible();
});

test("the built-in view loads none of the ACLED reader or the reading Worker's page side, which only large datasets need", async ({
  page,
}) => {
  const scripts: Promise<{ url: string; text: string }>[] = [];
  page.on("response", (response) => {
    const url = response.url();
    // A script that arrives after the check (a chunk loaded at idle) may be read after the page
    // closes: that rejection would be reported against whichever test runs next.
    if (url.endsWith(".js"))
      scripts.push(
        response.text().then(
          (text) => ({ url, text }),
          () => ({ url, text: "" }),
        ),
      );
  });
  await openApp(page);
  const loaded = await Promise.all(scripts);
  expect(loaded.length).toBeGreaterThan(0);
  // ACLED's column names are in its reader alone (acled-columns.ts).
  const withReader = loaded.filter(({ text }) => text.includes("event_id_cnty"));
  expect(withReader.map(({ url }) => url)).toEqual([]);
  // The chunk that starts a reading Worker and takes its batches (read-in-worker.ts).
  expect(loaded.map(({ url }) => url).filter((url) => /read-in-worker/.test(url))).toEqual([]);
});
