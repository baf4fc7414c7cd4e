import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { listFiles, manifestFiles } from "../../tools/publish-manifest.mjs";

describe("the publish manifest of a build", () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it("lists every file under the build, nested ones with forward slashes, sorted", () => {
    const dir = mkdtempSync(join(tmpdir(), "manifest-"));
    dirs.push(dir);
    mkdirSync(join(dir, "assets"));
    writeFileSync(join(dir, "index.html"), "<!doctype html>");
    writeFileSync(join(dir, "assets", "index-abc.js"), "");
    writeFileSync(join(dir, "favicon.svg"), "");
    expect(listFiles(dir)).toEqual(["assets/index-abc.js", "favicon.svg", "index.html"]);
  });

  it("leaves out itself and the built-in dataset and article, which a site replaces", () => {
    expect(
      manifestFiles([
        "assets/index-abc.js",
        "datasets/kabul-2021.json",
        "index.html",
        "publish-manifest.json",
        "schema/sourceline-dataset.schema.json",
        "sources/presstv.txt",
      ]),
    ).toEqual(["assets/index-abc.js", "index.html", "schema/sourceline-dataset.schema.json"]);
  });
});
