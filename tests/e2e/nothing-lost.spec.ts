import type { Page } from "@playwright/test";
import { expect, openApp, test } from "./fixtures";

const SHEET = "Year,Headline\n1969,Moon landing\n1971,Mars orbit\n";
const sheet = { name: "firsts.csv", mimeType: "text/csv", buffer: Buffer.from(SHEET) };
const opened = (page: Page) => page.getByRole("heading", { level: 1, name: /firsts/ });

test("a 3,000-character data= link says what was refused and keeps the link as it came", async ({
  page,
}) => {
  const data = `https://example.org/${"x".repeat(2975)}.json`;
  await page.goto(`./?data=${data}&event=lavrov`);
  const alert = page.getByRole("alert");
  await expect(alert).toContainText("dataset address (data=) is 3,000 characters long");
  await expect(
    page.getByRole("link", { name: "Open the built-in timeline instead" }),
  ).toBeVisible();
  await page.waitForTimeout(500); // long enough for any canonical rewrite to have happened
  const params = new URL(page.url()).searchParams;
  expect(params.get("data")).toBe(data);
  expect(params.get("event")).toBe("lavrov");
});

test("pasting 100,001 characters into Search: a note, a short link, and the open file stays", async ({
  page,
}) => {
  await openApp(page);
  await page.getByLabel("Dataset file").setInputFiles(sheet);
  await expect(opened(page)).toBeVisible();
  const data = new URL(page.url()).searchParams.get("data");
  expect(data).toMatch(/^local:/);

  const search = page.getByRole("searchbox", { name: "Search events" });
  await search.fill("x".repeat(100_001));
  await expect(page.getByText(/Search holds up to 500 characters/)).toBeVisible();
  await expect(search).toHaveValue("x".repeat(500));
  await expect.poll(() => new URL(page.url()).searchParams.get("q")?.length).toBe(500);
  expect(page.url().length).toBeLessThan(1000);
  expect(new URL(page.url()).searchParams.get("data")).toBe(data);
  await page.reload();
  await expect(opened(page)).toBeVisible();
});

test("storage that never answers: the file opens for this visit only, within the timeout", async ({
  page,
}) => {
  // Safari's IndexedDB can leave open() unanswered for good.
  await page.addInitScript(() => {
    IDBFactory.prototype.open = () => ({}) as IDBOpenDBRequest;
  });
  // Fake time, so the 3 s storage timeout passes in a moment.
  await page.clock.install();
  await openApp(page);
  await page.getByLabel("Dataset file").setInputFiles(sheet);
  await expect(page.getByRole("status").filter({ hasText: "Opening firsts.csv…" })).toBeAttached();
  await page.clock.runFor(3_500);
  await expect(opened(page)).toBeVisible();
  await expect(page.getByText(/open for this visit only/)).toBeVisible();
});

test("a damaged stored file is skipped with a notice, and the rest of the app works", async ({
  page,
}) => {
  await openApp(page);
  await page.getByLabel("Dataset file").setInputFiles(sheet);
  await expect(opened(page)).toBeVisible();
  const id = (new URL(page.url()).searchParams.get("data") ?? "").slice("local:".length);
  // What another version or a broken disk might leave: the file's name as an object.
  await page.evaluate(
    (id) =>
      new Promise<void>((resolve, reject) => {
        const opening = indexedDB.open("sourceline-files", 1);
        opening.onerror = () => reject(new Error("no storage"));
        opening.onsuccess = () => {
          const transaction = opening.result.transaction("index", "readwrite");
          transaction.objectStore("index").put({ id, name: { first: "a" }, savedAt: 1 });
          transaction.oncomplete = () => {
            opening.result.close();
            resolve();
          };
        };
      }),
    id,
  );
  await page.reload();
  await expect(page.getByRole("alert")).toContainText(
    "The copy this browser kept is damaged (its name is an object, not text), so it was skipped.",
  );
  await page.getByRole("link", { name: "Open the built-in timeline instead" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "The fall of Kabul, August 2021" }),
  ).toBeVisible();
  await page.getByLabel("Dataset file").setInputFiles(sheet);
  await expect(opened(page)).toBeVisible();
});
