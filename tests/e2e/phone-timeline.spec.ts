import { expect, openApp, test, timeline } from "./fixtures";

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("a cluster's list of events opens on screen, wherever the cluster sits", async ({
    page,
  }) => {
    await openApp(page);
    const clusters = timeline(page).getByRole("button", { name: /more events? here/ });
    const count = await clusters.count();
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i++) {
      await clusters.nth(i).click();
      const list = timeline(page).getByRole("group", { name: /^\d+ events?$/ });
      const box = await list.boundingBox();
      if (!box) throw new Error("the cluster's list did not open");
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(390);
      await expect(list.getByRole("button").first()).toBeInViewport({ ratio: 1 });
      await clusters.nth(i).click();
      await expect(list).toBeHidden();
    }
  });
});
