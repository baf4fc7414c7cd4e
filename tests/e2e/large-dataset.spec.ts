import type { Route, Worker } from "@playwright/test";
import { expect, test } from "./fixtures";

// The article request that the cancelled Worker was waiting for ends with it, on purpose.
test.use({ allowedFailures: /large-article\.txt/ });

const EVENTS = 30_000;

/**
 * A dataset of 30,000 events (about 4 MB, well past the Worker threshold) and its article. Only
 * the first event quotes it: 30,000 passages in one article is another test's load.
 */
function largeDataset() {
  const text = "The first event happened.";
  const events = Array.from({ length: EVENTS }, (_, i) => ({
    id: `event-${i}`,
    title: `Event ${i}`,
    countries: ["AF"],
    when: { start: new Date(Date.UTC(2001, 0, 1) + i * 86_400_000).toISOString().slice(0, 10) },
    quotes: i === 0 ? [{ sourceId: "article", exact: text, start: 0, end: text.length }] : [],
  }));
  const dataset = {
    title: "A large timeline",
    sources: [
      {
        id: "article",
        title: "The article",
        publisher: "Nobody",
        publishedAt: "2021-08-19",
        textUrl: "./large-article.txt",
      },
    ],
    events,
  };
  return { json: JSON.stringify(dataset), text };
}

test("a large dataset is read in a Worker: the loading state follows it, Cancel works, and it opens again", async ({
  page,
}) => {
  // Two loads of a large dataset on a shared machine: more than the default 30 s.
  test.setTimeout(60_000);
  const { json, text } = largeDataset();
  expect(json.length).toBeGreaterThan(3_000_000);
  // By path: the page's own address ends in "large.json" too, as its data parameter.
  await page.route(
    (url) => url.pathname === "/large.json",
    (route) => route.fulfill({ contentType: "application/json", body: json }),
  );
  // The article is held the first time, so the Worker waits at a known step for the test.
  let hold = true;
  const held: Route[] = [];
  await page.route(
    (url) => url.pathname === "/large-article.txt",
    (route) =>
      hold ? void held.push(route) : route.fulfill({ contentType: "text/plain", body: text }),
  );
  const workers: Worker[] = [];
  page.on("worker", (worker) => workers.push(worker));

  await page.goto("./?data=./large.json");
  // Parsed and checked in the Worker, which tells the page each step as it goes.
  await expect(page.getByText("Fetching the source texts…")).toBeVisible({ timeout: 20_000 });
  expect(workers.map((worker) => worker.url())).toEqual([
    expect.stringMatching(/read-dataset-worker-[\w-]+\.js$/),
  ]);
  expect(held).toHaveLength(1);
  // Read before the checks and the build, the start times are drawn while the rest is read.
  const lastYear = new Date(Date.UTC(2001, 0, 1) + (EVENTS - 1) * 86_400_000).getUTCFullYear();
  await expect(page.getByText(`30,000 events, from 2001 to ${lastYear}`)).toBeVisible();
  const closed = new Promise((resolve) => workers[0]?.on("close", resolve));

  await page.getByRole("button", { name: "Cancel" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "The fall of Kabul, August 2021" }),
  ).toBeVisible();
  await expect(page.getByText("Loading ./large.json was cancelled.")).toBeVisible();
  await closed;

  hold = false;
  await page.getByRole("button", { name: "Open again" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "A large timeline" })).toBeVisible({
    timeout: 20_000,
  });
  await expect(page.getByText("All 30,000 events")).toBeVisible();
  expect(new URL(page.url()).searchParams.get("data")).toBe("./large.json");
});
