import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, openApp, test } from "./fixtures";

const TAGS = ["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"];

async function violations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`,
  );
}

test("the initial view has no axe violations", async ({ page }) => {
  await openApp(page);
  expect(await violations(page)).toEqual([]);
});

test("with an event selected, no axe violations", async ({ page }) => {
  await openApp(page, "event=lavrov-mangoush-press-conference");
  expect(await violations(page)).toEqual([]);
});

test("with a filter applied, no axe violations", async ({ page }) => {
  await openApp(page, "country=CN&q=taliban");
  expect(await violations(page)).toEqual([]);
});

test("with nothing matching, no axe violations", async ({ page }) => {
  await openApp(page, "q=zebra");
  expect(await violations(page)).toEqual([]);
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  test("no axe violations", async ({ page }) => {
    await openApp(page, "event=hua-chunying-taliban-will-not-repeat-past");
    expect(await violations(page)).toEqual([]);
  });
});

test.describe("in dark mode", () => {
  test.use({ colorScheme: "dark" });
  test("no axe violations", async ({ page }) => {
    await openApp(page, "event=lavrov-mangoush-press-conference");
    expect(await violations(page)).toEqual([]);
  });
});

// An imported TimelineJS timeline: eras behind the events, a groups facet, no source texts, an
// event that shows its citation instead of quotations, the Export panel open.
const IMPORTED = {
  title: { text: { headline: "Optics and astronomy" } },
  eras: [
    { start_date: { year: 1550 }, end_date: { year: 1700 }, text: { headline: "Telescopes" } },
  ],
  events: [
    {
      start_date: { year: 1609, month: 11 },
      text: { headline: "Galileo's telescope", text: "He points it at the Moon." },
      media: { url: "https://example.org/galileo", credit: "Museo Galileo" },
      group: "Astronomy",
    },
    { start_date: { year: 1621 }, text: { headline: "Snell's law" }, group: "Optics" },
  ],
};

for (const scheme of ["light", "dark"] as const) {
  test.describe(`an imported timeline in ${scheme} mode`, () => {
    test.use({ colorScheme: scheme });
    test("no axe violations", async ({ page }) => {
      await page.route(
        (url) => url.pathname === "/shared/optics.json",
        (route) =>
          route.fulfill({ contentType: "application/json", body: JSON.stringify(IMPORTED) }),
      );
      await page.goto("./?data=./shared/optics.json&event=galileos-telescope");
      await expect(page.getByText(/No source text attached/)).toBeVisible();
      await expect(page.getByRole("checkbox", { name: /Astronomy/ })).toBeVisible();
      await page.getByRole("button", { name: "Export" }).click();
      await expect(page.getByRole("button", { name: "TimelineJS JSON" })).toBeVisible();
      expect(await violations(page)).toEqual([]);
    });
  });
}
