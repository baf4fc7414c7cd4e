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

  test("an event's facts put each label above its value, leaving the value the pane's width", async ({
    page,
  }) => {
    await openApp(page, "event=lavrov-mangoush-press-conference");
    const facts = page.locator(".details__facts");
    const label = facts.getByText("How we know the date", { exact: true });
    const value = facts.getByText(/^The article says Lavrov spoke/);
    const [labelBox, valueBox, factsBox] = await Promise.all([
      label.boundingBox(),
      value.boundingBox(),
      facts.boundingBox(),
    ]);
    if (!labelBox || !valueBox || !factsBox) throw new Error("the facts are not drawn");
    expect(valueBox.y).toBeGreaterThan(labelBox.y + labelBox.height - 1);
    expect(valueBox.x).toBeCloseTo(factsBox.x, 0);
    expect(valueBox.width).toBeGreaterThan(factsBox.width * 0.8);
  });
});
