import { describe, expect, it } from "vitest";
import { chunkImports, htmlAssets, pageFiles, resolve } from "../../bench/initial-assets.mjs";

const HTML = `<!doctype html><head>
<link rel="icon" href="./favicon.svg" type="image/svg+xml" />
<script src="./preload-dataset.js" ></script>
<script type="module" crossorigin src="./assets/index-A1.js"></script>
<link rel="modulepreload" crossorigin href="./assets/runtime-B2.js">
<link rel="stylesheet" crossorigin href="./assets/index-C3.css">
<script src="https://example.org/analytics.js"></script>
</head>`;

describe("the initial-bytes benchmark's reading of a build", () => {
  it("takes index.html's scripts, modulepreloads and stylesheets, not its icon or other origins", () => {
    expect(htmlAssets(HTML)).toEqual([
      "preload-dataset.js",
      "assets/index-A1.js",
      "assets/runtime-B2.js",
      "assets/index-C3.css",
    ]);
  });

  it("tells a minified chunk's static imports from the ones it makes later", () => {
    const code =
      'const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["./Details-D.js","./Details-D.css"])))=>i.map(i=>d[i]);' +
      'import{a as e}from"./runtime-B2.js";import"./side-effect-E.js";' +
      "var x=()=>import(`./Details-D.js`),w=new Worker(new URL(`worker-W.js`,import.meta.url));" +
      'var s=``+new URL(`print-P.css`,import.meta.url).href,t=`import x from "./not-a-file"`;';
    expect(chunkImports(code)).toEqual({
      static: ["./runtime-B2.js", "./side-effect-E.js"],
      later: ["./Details-D.js", "worker-W.js", "print-P.css", "./Details-D.css"],
    });
  });

  it("counts a chunk as initial when the page imports it statically, even if a lazy one does too", () => {
    const files: Record<string, string> = {
      "preload-dataset.js": "",
      "assets/index-A1.js": 'import{a}from"./runtime-B2.js";import(`./Lazy-L.js`);',
      "assets/runtime-B2.js": "",
      "assets/Lazy-L.js": 'import{a}from"./runtime-B2.js";import{b}from"./shared-S.js";',
      "assets/shared-S.js": "",
    };
    const read = (file: string) => {
      const text = files[file];
      if (text === undefined) throw new Error(`no ${file}`);
      return text;
    };
    expect(pageFiles(HTML, read)).toEqual({
      initial: [
        "preload-dataset.js",
        "assets/index-A1.js",
        "assets/runtime-B2.js",
        "assets/index-C3.css",
      ],
      lazy: ["assets/Lazy-L.js", "assets/shared-S.js"],
    });
  });

  it("resolves an import against the importing file's folder", () => {
    expect(resolve("assets/index.js", "./a.js")).toBe("assets/a.js");
    expect(resolve("assets/index.js", "b.css")).toBe("assets/b.css");
    expect(resolve("assets/x/index.js", "../c.js")).toBe("assets/c.js");
  });
});
