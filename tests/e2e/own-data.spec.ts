import { readFileSync } from "node:fs";
import { parseCsv } from "../../src/data/csv";
import { details, expect, openApp, test } from "./fixtures";

// A small TimelineJS3 timeline with the quirks a real one has: a title slide, HTML, a BCE year,
// date parts as strings, an era and a group.
const TIMELINE = {
  title: { text: { headline: "Light <i>through</i> the ages", text: "<p>A test timeline.</p>" } },
  eras: [
    { start_date: { year: "-400" }, end_date: { year: "-200" }, text: { headline: "Hellenistic" } },
  ],
  events: [
    {
      start_date: { year: "-300" },
      text: { headline: "Euclid's <i>Optica</i>", text: "<p>Rays from the eye.</p>" },
      media: { url: "//commons.wikimedia.org/wiki/File:Euklid.jpg", credit: "Wikimedia Commons" },
      group: "Optics",
    },
    {
      start_date: { year: "1609", month: "11" },
      text: { headline: "Galileo's telescope" },
      group: "Astronomy",
    },
  ],
};

const CSV = [
  "Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background",
  ",,,,,,,,,My dropped sheet,<p>From a spreadsheet.</p>,,,,,title,,",
  '1815,12,10,,1852,11,27,,,Ada Lovelace,"<p>The first <b>programmer</b>, with ""notes"".</p>",,,,,,People,',
  ",,,,,,,,,A row without a year,,,,,,,,",
  "1943,6,5,,,,,,,The First Computer,ENIAC,,,,,,Machines,",
].join("\r\n");

test("a ?data= link opens another dataset, says which, and leads back to the built-in one", async ({
  page,
}) => {
  let downloads = 0;
  await page.route(
    (url) => url.pathname === "/shared/light.json",
    (route) => {
      downloads++;
      return route.fulfill({ contentType: "application/json", body: JSON.stringify(TIMELINE) });
    },
  );
  const workers: string[] = [];
  page.on("worker", (worker) => workers.push(worker.url()));
  await page.goto("./?data=./shared/light.json");
  await expect(
    page.getByRole("heading", { level: 1, name: "Light through the ages" }),
  ).toBeVisible();
  await expect(
    page.getByText(/Dataset: \.\/shared\/light\.json \(TimelineJS JSON\)/),
  ).toBeVisible();

  await page
    .getByRole("region", { name: /^Events/ })
    .getByRole("button", { name: /Euclid's Optica/ })
    .click();
  const event = details(page);
  await expect(event.getByRole("heading", { name: "Euclid's Optica" })).toBeVisible();
  await expect(event.getByText("300 BCE", { exact: true })).toBeVisible();
  await expect(event.getByText(/No source text attached/)).toBeVisible();
  await expect(event.getByRole("link", { name: /commons\.wikimedia\.org/ })).toHaveAttribute(
    "href",
    "https://commons.wikimedia.org/wiki/File:Euklid.jpg",
  );
  await expect(page.getByRole("list", { name: "Eras" })).toContainText("Hellenistic");
  expect(new URL(page.url()).searchParams.get("data")).toBe("./shared/light.json");
  // Fetched by the reading Worker the page's first script starts, and taken up by the app:
  // downloaded once, and not by the page itself.
  expect(downloads).toBe(1);
  expect(workers.some((url) => /\/assets\/read-dataset-worker-[\w-]+\.js$/.test(url))).toBe(true);
  const fetchedByPage = await page.evaluate(() =>
    performance.getEntriesByType("resource").filter((entry) => entry.name.endsWith("/light.json")),
  );
  expect(fetchedByPage).toEqual([]);

  await page.getByRole("link", { name: "Back to the built-in timeline" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "The fall of Kabul, August 2021" }),
  ).toBeVisible();
});

test("a CSV dropped on the page opens, lists its skipped rows, survives a reload, and its link warns", async ({
  page,
}) => {
  await openApp(page);
  const drop = await page.evaluateHandle((csv) => {
    const data = new DataTransfer();
    data.items.add(new File([csv], "sheet.csv", { type: "text/csv" }));
    return data;
  }, CSV);
  await page.dispatchEvent("body", "dragenter", { dataTransfer: drop });
  await expect(page.getByText("Drop a JSON or CSV file to open it")).toBeVisible();
  await page.dispatchEvent("body", "drop", { dataTransfer: drop });

  await expect(page.getByRole("heading", { level: 1, name: "My dropped sheet" })).toBeVisible();
  await expect(
    page.getByText(/File: sheet\.csv \(TimelineJS CSV spreadsheet\), kept in this browser/),
  ).toBeVisible();
  await page.getByText("1 item of the file could not be read and was left out").click();
  await expect(page.getByText("Skipped row 4: Year is empty")).toBeVisible();
  const url = page.url();
  expect(new URL(url).searchParams.get("data")).toMatch(/^local:/);

  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "My dropped sheet" })).toBeVisible();
  await page.getByRole("button", { name: "Copy link" }).click();
  await expect(page.getByRole("alertdialog")).toContainText("only opens sheet.csv in this browser");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Export all 2 events instead" }).click(),
  ]);
  const exported = JSON.parse(readFileSync(await download.path(), "utf8")) as {
    title: string;
    events: { title: string }[];
  };
  expect(exported.title).toBe("My dropped sheet");
  expect(exported.events.map((event) => event.title)).toEqual([
    "Ada Lovelace",
    "The First Computer",
  ]);

  // Back returns to the dataset that was open before the file.
  await page.goBack();
  await expect(
    page.getByRole("heading", { level: 1, name: "The fall of Kabul, August 2021" }),
  ).toBeVisible();
});

test("a file that cannot be opened says why, row by row, and the open timeline stays", async ({
  page,
}) => {
  await openApp(page);
  await page.getByLabel("Dataset file").setInputFiles({
    name: "broken.csv",
    mimeType: "text/csv",
    buffer: Buffer.from("Year,Headline\r\n,No year here\r\nsoon,Not a year\r\n"),
  });
  const alert = page.getByRole("alert");
  await expect(alert).toContainText("The file broken.csv is not valid.");
  await expect(alert).toContainText("row 2: Year is empty");
  await expect(alert).toContainText('row 3: Year "soon" is not a whole number');
  await expect(alert).toContainText("The timeline you had open is unchanged.");
  await expect(
    page.getByRole("heading", { level: 1, name: "The fall of Kabul, August 2021" }),
  ).toBeVisible();
  await alert.getByRole("button", { name: "Dismiss" }).click();
  await expect(page.getByRole("alert")).toHaveCount(0);
});

test("Export → CSV downloads the events shown, with their sources and quotations", async ({
  page,
}) => {
  await openApp(page);
  await page.getByRole("checkbox", { name: /China/ }).check();
  // The filter status answers at once; the list follows in a deferred render: wait for it.
  const status = page.getByText(/^Showing \d+ of 16 events$/);
  const shown = Number(/Showing (\d+)/.exec((await status.textContent()) ?? "")?.[1]);
  expect(shown).toBeGreaterThan(0);
  await expect(page.getByRole("region", { name: /^Events/ }).getByRole("listitem")).toHaveCount(
    shown,
  );
  await page.getByRole("button", { name: "Export" }).click();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "CSV" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.csv$/);
  const csv = parseCsv(readFileSync(await download.path(), "utf8"));
  expect(csv.ok).toBe(true);
  if (!csv.ok) return;
  const [header, ...rows] = csv.records.map((record) => record.cells);
  expect(header).toContain("quotes");
  expect(rows).toHaveLength(shown);
  const column = (name: string) => (header ?? []).indexOf(name);
  for (const row of rows) {
    expect(row[column("countries")]).toContain("CN");
    expect(row[column("publisher")]).toBe("Press TV");
    expect(row[column("quotes")]).toMatch(/^“/);
  }
});
