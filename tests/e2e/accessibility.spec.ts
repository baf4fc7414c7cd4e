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
