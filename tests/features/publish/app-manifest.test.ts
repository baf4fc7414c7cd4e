import { describe, expect, it } from "vitest";
import { readManifest } from "../../../src/features/publish/app-manifest";

describe("readManifest", () => {
  it("gives the app's file paths as listed", () => {
    const files = ["assets/index-abc.js", "favicon.svg", "index.html"];
    expect(readManifest({ version: 1, files })).toEqual(files);
  });

  it("refuses a manifest that lists no files or lists something else", () => {
    expect(readManifest(null)).toEqual({
      problem: "publish-manifest.json does not list the app’s files.",
    });
    expect(readManifest({ files: ["index.html", 3] })).toEqual({
      problem: "publish-manifest.json does not list the app’s files.",
    });
  });

  it("refuses paths that would leave the site's folder", () => {
    for (const path of [
      "../secret",
      "/etc/passwd",
      "https://evil.example/x.js",
      "a/../../b",
      "a\\b",
    ]) {
      expect(readManifest({ files: ["index.html", path] })).toEqual({
        problem: `publish-manifest.json names a file outside the app (“${path}”).`,
      });
    }
  });

  it("refuses a manifest without index.html: the site would not open", () => {
    expect(readManifest({ files: ["assets/index-abc.js"] })).toEqual({
      problem: "publish-manifest.json does not list the app’s index.html.",
    });
  });
});
