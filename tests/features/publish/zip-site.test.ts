import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { zipSite } from "../../../src/features/publish/zip-site";

describe("zipSite", () => {
  it("puts each file at its path, text as UTF-8 and bytes as they are", () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]);
    const zip = zipSite([
      { path: "index.html", content: "<title>Kabul · “August”</title>" },
      { path: "events/lavrov/card.png", content: png },
    ]);
    const files = unzipSync(zip);
    expect(Object.keys(files).sort()).toEqual(["events/lavrov/card.png", "index.html"]);
    expect(strFromU8(files["index.html"] as Uint8Array)).toBe("<title>Kabul · “August”</title>");
    expect(files["events/lavrov/card.png"]).toEqual(png);
  });
});
