// @vitest-environment jsdom
// (It reads the page's address, document.baseURI or history, which only a DOM has.)
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

// The page's first script (public/preload-dataset.js), run as the browser runs it: plain script,
// at a given address, before the app.
// Through a variable: Vite rewrites a literal `new URL("…", import.meta.url)` (see fixtures/kabul).
const HERE = import.meta.url;
const script = readFileSync(new URL("../../public/preload-dataset.js", HERE), "utf8");

function preloadsAt(
  search: string,
  ...head: HTMLElement[]
): { href: string; as: string; crossOrigin: string | null }[] {
  document.head.replaceChildren(...head);
  history.replaceState(null, "", `/app/${search}`);
  new Function(script)();
  return [...document.head.querySelectorAll<HTMLLinkElement>('link[rel="preload"]')].map(
    (link) => ({ href: link.href, as: link.as, crossOrigin: link.crossOrigin }),
  );
}

describe("the dataset preload", () => {
  it("fetches the built-in dataset and its article when the address names no dataset", () => {
    expect(preloadsAt("?event=lavrov-mangoush-press-conference")).toEqual([
      {
        href: `${location.origin}/app/datasets/kabul-2021.json`,
        as: "fetch",
        crossOrigin: "anonymous",
      },
      {
        href: `${location.origin}/app/sources/presstv-2021-08-19-lavrov-afghanistan-dialogue.txt`,
        as: "fetch",
        crossOrigin: "anonymous",
      },
    ]);
  });

  it("fetches only the site's own dataset in a published site", () => {
    const marker = document.createElement("meta");
    marker.name = "sourceline-site";
    marker.content = "https://example.org/kabul/";
    const preloads = preloadsAt("?event=x", marker);
    expect(preloads.map((link) => link.href)).toEqual([
      `${location.origin}/app/datasets/timeline.json`,
    ]);
  });

  it("fetches only the named dataset, relative to the page or absolute", () => {
    expect(preloadsAt("?data=./mine.json&country=AF").map((link) => link.href)).toEqual([
      `${location.origin}/app/mine.json`,
    ]);
    expect(preloadsAt("?data=https%3A%2F%2Fexample.org%2Fe.json").map((l) => l.href)).toEqual([
      "https://example.org/e.json",
    ]);
  });

  it("reads the parameter as the app does: any case, the first, trimmed, and not when empty", () => {
    const hrefs = (search: string) => preloadsAt(search).map((link) => link.href);
    const builtIn = `${location.origin}/app/datasets/kabul-2021.json`;
    expect(hrefs("?DATA=./x.json")).toEqual([`${location.origin}/app/x.json`]);
    expect(hrefs("?data=./a.json&Data=./b.json")).toEqual([`${location.origin}/app/a.json`]);
    expect(hrefs("?data=%20./x.json%20")).toEqual([`${location.origin}/app/x.json`]);
    for (const search of ["?data=", "?data=%20%20", `?data=${"x".repeat(2001)}`]) {
      expect(hrefs(search)[0]).toBe(builtIn);
    }
  });

  it("fetches nothing for a file kept in this browser or an address the app refuses", () => {
    for (const data of ["local:abc", "javascript:alert(1)", "file:///etc/passwd", "http://[x"]) {
      expect(preloadsAt(`?data=${encodeURIComponent(data)}`)).toEqual([]);
    }
  });
});
