import { readFileSync } from "node:fs";
import { expect, openApp, test } from "./fixtures";

const ARTICLE = "https://www.presstv.ir/Detail/2021/08/19/664764/";

test("Export → Web Annotations downloads one quoting annotation per quotation shown", async ({
  page,
}) => {
  await openApp(page);
  await page.getByRole("button", { name: "Export" }).click();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Web Annotations (JSON-LD)" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.annotations\.jsonld$/);
  const collection = JSON.parse(readFileSync(await download.path(), "utf8")) as {
    type: string;
    total: number;
    first: { items: { motivation: string; target: { source: string; selector: unknown[] } }[] };
  };
  expect(collection.type).toBe("AnnotationCollection");
  expect(collection.first.items).toHaveLength(collection.total);
  for (const annotation of collection.first.items) {
    expect(annotation.motivation).toBe("quoting");
    expect(annotation.target.source).toContain(ARTICLE);
    expect(annotation.target.selector).toHaveLength(2);
  }
});

test("the article and each quotation offer the archived copy beside the original", async ({
  page,
}) => {
  await openApp(page, "event=hua-chunying-taliban-will-not-repeat-past");
  const article = page.getByRole("region", { name: /Russia foreign minister/ });
  await expect(article.getByRole("link", { name: /^Archived copy/ })).toHaveAttribute(
    "href",
    /^https:\/\/web\.archive\.org\/web\/20210819\/https:\/\/www\.presstv\.ir\//,
  );
  const quotes = page.getByRole("region", { name: "Quotations" });
  const archived = quotes.getByRole("link", { name: /Open at this quote in the archived copy/ });
  await expect(archived.first()).toHaveAttribute(
    "href",
    /^https:\/\/web\.archive\.org\/web\/20210819id_\/https:\/\/www\.presstv\.ir\/.*#:~:text=.+-,/,
  );
});
