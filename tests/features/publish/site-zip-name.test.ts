import { describe, expect, it } from "vitest";
import { formatSize, siteZipName } from "../../../src/features/publish/site-zip-name";

describe("siteZipName", () => {
  it("names the zip after the dataset's title", () => {
    expect(siteZipName("The fall of Kabul, August 2021")).toBe(
      "the-fall-of-kabul-august-2021-site.zip",
    );
    expect(siteZipName("Café “Zürich”")).toBe("cafe-zurich-site.zip");
  });

  it("gives a name even to a title with no letters or digits", () => {
    expect(siteZipName("“…”")).toBe("timeline-site.zip");
  });
});

describe("formatSize", () => {
  it("says kilobytes below a megabyte, megabytes with one decimal above", () => {
    expect(formatSize(840_000)).toBe("840 KB");
    expect(formatSize(1_234_567)).toBe("1.2 MB");
    expect(formatSize(10)).toBe("1 KB");
  });
});
