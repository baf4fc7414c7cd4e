import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { details, eventList, expect, test } from "./fixtures";

/** Our JSON: `count` events of about `padding` characters more each, over 2001–2021. */
function dataset(count: number, padding: number): string {
  const filler = "Said to have happened, according to a report. ".repeat(padding / 47);
  const events = Array.from({ length: count }, (_, i) => ({
    id: `event-${i}`,
    title: `Event ${i}`,
    summary: `${i}: ${filler}`,
    countries: ["AF"],
    when: {
      start: new Date(Date.UTC(2001, 0, 1) + (i % 7_600) * 86_400_000).toISOString().slice(0, 10),
    },
  }));
  return JSON.stringify({ title: "A streamed timeline", sources: [], events });
}

/**
 * Serves `body` from a server of its own (a route answers only whole bodies): its first
 * `first` characters at once, the rest when `release` is called.
 */
async function heldBack(body: string, first: number) {
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => (release = resolve));
  const server = createServer((_request, response) => {
    response.writeHead(200, {
      "Content-Type": "application/json",
      "Access-Control-Allow-Origin": "*",
    });
    response.write(body.slice(0, first));
    void released.then(() => response.end(body.slice(first)));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/big.json`,
    release,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

test("a large JSON dataset opens on its first events while the rest is read, then shows them all", async ({
  page,
}) => {
  test.setTimeout(60_000);
  const body = dataset(30_000, 200);
  // About 4 MB of 9: past the 2 MB from which a JSON dataset is read as it arrives.
  const served = await heldBack(body, 4_000_000);
  try {
    await page.goto(`./?data=${encodeURIComponent(served.url)}`);
    await expect(page.getByRole("heading", { level: 1, name: "A streamed timeline" })).toBeVisible({
      timeout: 20_000,
    });
    const reading = page
      .getByRole("status")
      .filter({ hasText: /Still reading: showing the first/ });
    await expect(reading).toHaveText(
      /^ ?Still reading: showing the first [\d,]+ events; the rest follow when the whole file is read\.$/,
    );
    // Usable meanwhile: one of the first events can be chosen and read.
    await eventList(page)
      .getByRole("button", { name: /\bEvent 5\b/ })
      .click();
    await expect(details(page).getByRole("heading", { name: "Event 5" })).toBeVisible();
    // The header's buttons are all there meanwhile (those that would make something of a part
    // of the events, disabled), so none moves when the rest arrives.
    const header = page.getByRole("banner");
    await expect(header.getByRole("button", { name: "Publish" })).toBeDisabled();
    await expect(header.getByRole("button", { name: "Edit a copy" })).toBeDisabled();
    const openFile = header.getByRole("button", { name: "Open file…" });
    const before = await openFile.boundingBox();
    served.release();
    await expect(page.getByRole("status").filter({ hasText: "All 30,000 events" })).toBeVisible({
      timeout: 40_000,
    });
    await expect(reading).toHaveCount(0);
    await expect(header.getByRole("button", { name: "Publish" })).toBeEnabled();
    expect(await openFile.boundingBox()).toEqual(before);
    // The event chosen while reading stays chosen.
    await expect(details(page).getByRole("heading", { name: "Event 5" })).toBeVisible();
    expect(new URL(page.url()).searchParams.get("event")).toBe("event-5");
  } finally {
    served.release();
    await served.close();
  }
});

test("a JSON dataset over 50 MB opens, read as it arrives, which no whole file that large does", async ({
  page,
}) => {
  test.setTimeout(90_000);
  const body = dataset(120_000, 400);
  expect(body.length).toBeGreaterThan(50_000_000);
  await page.route(
    (url) => url.pathname === "/huge.json",
    (route) => route.fulfill({ contentType: "application/json", body }),
  );
  await page.goto("./?data=./huge.json");
  await expect(page.getByRole("status").filter({ hasText: "All 120,000 events" })).toBeVisible({
    timeout: 80_000,
  });
  await expect(page.getByText(/Dataset: \.\/huge\.json \(Sourceline JSON\)/)).toBeVisible();
});
