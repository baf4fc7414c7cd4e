import { expect, openApp, test } from "./fixtures";

test.use({ viewport: { width: 390, height: 844 } });

test("on a phone the Publish and Export menus open on screen, whole", async ({ page }) => {
  await openApp(page);
  for (const [menu, item] of [
    ["Publish", "Publish as a website…"],
    ["Export", "Sourceline JSON"],
  ] as const) {
    await page.getByRole("button", { name: menu, exact: true }).click();
    const box = await page.getByRole("button", { name: item, exact: true }).boundingBox();
    expect(box, item).not.toBeNull();
    expect(box?.x).toBeGreaterThanOrEqual(0);
    expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(390);
    await page.keyboard.press("Escape");
  }
});
