import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { article, details, expect, test } from "./fixtures";

// The built-in dataset served beside a copy of its article edited after it was quoted: a line
// added at the top (every quotation moves) and one quoted word mended (one approximate match).
const ROOT = new URL("../../public/", import.meta.url);
const DATASET = readFileSync(new URL("datasets/kabul-2021.json", ROOT), "utf8");
const EDITED = `Updated 20 August.\n\n${readFileSync(
  new URL("sources/presstv-2021-08-19-lavrov-afghanistan-dialogue.txt", ROOT),
  "utf8",
)}`.replace("clear-headed", "clear headed");

async function openEdited(page: Page, event: string) {
  await page.route(
    (url) => url.pathname === "/shared/datasets/kabul-2021.json",
    (route) => route.fulfill({ contentType: "application/json", body: DATASET }),
  );
  await page.route(
    (url) => url.pathname.startsWith("/shared/sources/"),
    (route) => route.fulfill({ contentType: "text/plain; charset=utf-8", body: EDITED }),
  );
  await page.goto(
    `./?data=${encodeURIComponent("./shared/datasets/kabul-2021.json")}&event=${event}`,
  );
}

test("a quotation whose words changed shows as approximate, in the details and the article", async ({
  page,
}) => {
  await openEdited(page, "china-says-taliban-changed");
  await expect(
    page.getByText(/^This source's text has changed since it was quoted; /),
  ).toBeVisible();
  const quotations = details(page).getByRole("region", { name: "Quotations" });
  await expect(quotations.getByText("Approximate: 1 character differs")).toBeVisible();
  await expect(quotations.getByRole("deletion")).toHaveText("[quoted as: -]");
  await expect(quotations.getByText("Moved: same words, new place").first()).toBeVisible();

  const passage = article(page).getByRole("button", { name: /clear headed and rational/ });
  await expect(passage).toHaveAttribute("title", /^Approximate match/);
  const mark = passage.locator("mark");
  await expect(mark).toHaveClass(/quote-mark--approximate/);
  // Drawn apart: a dashed outline, not the solid fill of an exact quotation.
  expect(await mark.evaluate((node) => getComputedStyle(node).outlineStyle)).toBe("dashed");
  const exact = article(page).getByRole("button", { name: /nothing in this world remains/ });
  expect(await exact.locator("mark").evaluate((node) => getComputedStyle(node).outlineStyle)).toBe(
    "none",
  );
});
