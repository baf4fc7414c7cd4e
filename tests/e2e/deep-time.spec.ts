import type { Page } from "@playwright/test";
import { details, eventList, expect, test, timeline } from "./fixtures";

// A TimelineJS3 timeline on TimelineJS's cosmological scale: years a JavaScript Date cannot hold
// (one with a month, which TimelineJS ignores there too) beside BCE and ordinary dates.
const COSMOS = {
  title: { text: { headline: "A Brief History of Light" } },
  events: [
    { start_date: { year: "-13800000000" }, text: { headline: "The Big Bang" } },
    { start_date: { year: "-4600000000", month: "7" }, text: { headline: "The Sun Ignites" } },
    { start_date: { year: "-540000000" }, text: { headline: "The Cambrian Explosion" } },
    { start_date: { year: "-300000" }, text: { headline: "Homo sapiens Appear" } },
    { start_date: { year: "-300" }, text: { headline: "Euclid's <i>Optica</i>" } },
    { start_date: { year: "1969", month: "7", day: "20" }, text: { headline: "Apollo 11" } },
  ],
};

const DEEP_ISO = /^-\d{9,12}-01-01$/;

/** The window the address bar holds, as written: deep years do not fit `Date.parse`. */
function linkWindow(page: Page) {
  const params = new URL(page.url()).searchParams;
  return { from: params.get("from") ?? "", to: params.get("to") ?? "" };
}

const axisLabels = (page: Page) => timeline(page).locator(".axis__label").allTextContents();

test("a timeline back to the Big Bang opens, lists, zooms and keeps its deep window in the link", async ({
  page,
}) => {
  await page.route(
    (url) => url.pathname === "/shared/cosmos.json",
    (route) => route.fulfill({ contentType: "application/json", body: JSON.stringify(COSMOS) }),
  );
  await page.goto("./?data=./shared/cosmos.json");
  await expect(
    page.getByRole("heading", { level: 1, name: "A Brief History of Light" }),
  ).toBeVisible();

  // The whole span on the axis: billions of years ago, not dates a Date cannot hold.
  await expect.poll(() => axisLabels(page)).toContain("10 billion years ago");
  const deepLabel = /^(in )?[\d.]+ (million|billion) years( ago)?$/;
  expect((await axisLabels(page)).every((label) => deepLabel.test(label))).toBe(true);

  const list = eventList(page);
  await expect(list.getByRole("button")).toHaveCount(6);
  const bigBang = list.getByRole("button", { name: /The Big Bang/ });
  await expect(bigBang).toContainText("13.8 billion years ago");
  await expect(list.getByRole("button", { name: /The Sun Ignites/ })).toContainText(
    "4.6 billion years ago",
  );
  await expect(list.getByRole("button", { name: /Homo sapiens/ })).toContainText("300,000 BCE");
  await expect(list.getByRole("button", { name: /Euclid/ })).toContainText("300 BCE");

  // Selecting it brings it into view, zoomed to a few years around it.
  await bigBang.click();
  const event = details(page);
  await expect(event.getByRole("heading", { name: "The Big Bang" })).toBeVisible();
  await expect(event.getByText("13.8 billion years ago", { exact: true })).toBeVisible();
  await expect(timeline(page).getByRole("button", { name: /^The Big Bang,/ })).toBeVisible();
  await expect.poll(() => linkWindow(page).from).toMatch(DEEP_ISO);

  const before = linkWindow(page);
  await page.getByRole("button", { name: "Zoom in" }).click();
  await expect.poll(() => linkWindow(page)).not.toEqual(before);
  const zoomed = linkWindow(page);
  expect(zoomed.from).toMatch(DEEP_ISO);
  expect(zoomed.to).toMatch(DEEP_ISO);
  expect(Number(zoomed.from.slice(0, -6))).toBeLessThan(Number(zoomed.to.slice(0, -6)));
  expect(Number(zoomed.from.slice(0, -6))).toBeGreaterThan(Number(before.from.slice(0, -6)) - 1);
  // Zoomed in to years, the axis gives the years themselves.
  const yearLabel = /^13,[78]\d\d,\d{3},\d{3} BCE$/;
  await expect
    .poll(async () => (await axisLabels(page)).some((label) => yearLabel.test(label)))
    .toBe(true);
  const labels = await axisLabels(page);

  // The link restores the view: the same window, the same event, the same axis.
  await page.reload();
  await expect(
    page.getByRole("heading", { level: 1, name: "A Brief History of Light" }),
  ).toBeVisible();
  await expect(details(page).getByText("13.8 billion years ago", { exact: true })).toBeVisible();
  await expect.poll(() => axisLabels(page)).toEqual(labels);
  expect(linkWindow(page)).toEqual(zoomed);
});
