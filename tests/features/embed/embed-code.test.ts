import { describe, expect, it } from "vitest";
import {
  embedCode,
  embedHeight,
  embedName,
  embedSource,
  isShareableData,
  type EmbedChoices,
} from "../../../src/features/embed/embed-code";

const ADDRESS =
  "https://news.example/tools/sourceline/?event=moscow&country=AF,RU&q=talks&from=2021-08-01T00:00:00.000Z&to=2021-09-01T00:00:00.000Z&data=https%3A%2F%2Fdata.example%2Fe.json";
const ALL: EmbedChoices = {
  atEvent: true,
  keepFilters: true,
  keepWindow: true,
  height: 640,
  name: "",
};

describe("the embed code", () => {
  it("is the frame at the view's address with embed=1, and embed.js beside the app", () => {
    expect(embedCode(ADDRESS, "Kabul, 2021", ALL)).toBe(
      `<iframe data-sourceline src="https://news.example/tools/sourceline/?embed=1&amp;event=moscow&amp;country=AF%2CRU&amp;q=talks&amp;from=2021-08-01T00%3A00%3A00.000Z&amp;to=2021-09-01T00%3A00%3A00.000Z&amp;data=https%3A%2F%2Fdata.example%2Fe.json" title="Kabul, 2021 — Sourceline timeline" width="100%" height="640" style="border:0" loading="lazy"></iframe>\n` +
        `<script src="https://news.example/tools/sourceline/embed.js" defer></script>`,
    );
  });

  it("keeps only the chosen parts of the view, and always the dataset", () => {
    const source = (choices: Partial<EmbedChoices>) =>
      new URL(embedSource(ADDRESS, { ...ALL, ...choices })).searchParams;
    const none = source({ atEvent: false, keepFilters: false, keepWindow: false });
    expect([...none.keys()]).toEqual(["embed", "data"]);
    expect([...source({ keepFilters: false }).keys()]).toEqual([
      "embed",
      "event",
      "from",
      "to",
      "data",
    ]);
    expect([...source({ keepWindow: false }).keys()]).toEqual([
      "embed",
      "event",
      "country",
      "q",
      "data",
    ]);
    expect(embedSource("https://a.example/index.html?embed=1", ALL)).toBe(
      "https://a.example/index.html?embed=1",
    );
  });

  it("names the frame for the host's hash, and escapes the title", () => {
    const code = embedCode(ADDRESS, `"Kabul" <2021> & after`, { ...ALL, name: " Kabul fall! " });
    expect(code).toContain('<iframe data-sourceline="Kabul-fall" ');
    expect(code).toContain('title="&quot;Kabul&quot; &lt;2021> &amp; after — Sourceline timeline"');
  });

  it("reads heights and names forgivingly", () => {
    expect(embedHeight("480")).toBe(480);
    expect(embedHeight("12")).toBe(200);
    expect(embedHeight(99999)).toBe(4000);
    expect(embedHeight("tall")).toBe(640);
    expect(embedHeight("")).toBe(640);
    expect(embedName("---")).toBe("");
    expect(embedName("a".repeat(60))).toHaveLength(40);
  });

  it("tells a file kept in this browser from a dataset at a public address", () => {
    expect(isShareableData(undefined)).toBe(true);
    expect(isShareableData("https://data.example/e.json")).toBe(true);
    expect(isShareableData("local:abc")).toBe(false);
  });
});
