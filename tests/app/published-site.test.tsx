import { screen } from "@testing-library/react";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { publishedSiteBase, sharedAddress } from "../../src/app/published-site";
import type { EventId } from "../../src/domain/types";
import { PUBLIC, renderApp } from "../render-app";

// A published site's dataset, at the path npm run publish writes it: here the built-in one,
// retitled so the test can tell which file was opened.
const siteDataset = (path: string) => {
  if (path !== "/datasets/timeline.json") return undefined;
  const dataset = JSON.parse(readFileSync(join(PUBLIC, "datasets/kabul-2021.json"), "utf8")) as {
    title: string;
  };
  return new Response(JSON.stringify({ ...dataset, title: "The site's own timeline" }));
};

const marker = document.createElement("meta");
marker.name = "sourceline-site";

// The published site's index.html carries this tag; the app reads it from the page's head.
function markSite(content: string): void {
  marker.content = content;
  document.head.append(marker);
}

afterEach(() => marker.remove());

describe("publishedSiteBase", () => {
  it("is undefined outside a published site", () => {
    expect(publishedSiteBase()).toBeUndefined();
  });

  it("reads the site's base address, ending in a slash", () => {
    markSite("https://example.org/kabul");
    expect(publishedSiteBase()).toBe("https://example.org/kabul/");
  });

  it("ignores a marker that is not an http(s) address", () => {
    markSite("javascript:alert(1)");
    expect(publishedSiteBase()).toBeUndefined();
  });
});

describe("sharedAddress", () => {
  const id = "moscow-format-begins" as EventId;

  it("keeps the app's address outside a published site", () => {
    expect(sharedAddress("https://app.example/?event=x", id)).toBe("https://app.example/?event=x");
  });

  it("gives the event's page in a published site, and the app's address with no event", () => {
    markSite("https://example.org/kabul/");
    expect(sharedAddress("https://example.org/kabul/?event=x", id)).toBe(
      "https://example.org/kabul/events/moscow-format-begins/",
    );
    expect(sharedAddress("https://example.org/kabul/", undefined)).toBe(
      "https://example.org/kabul/",
    );
  });
});

describe("a published site's app", () => {
  it("opens the site's own dataset when the link names none, and says nothing of its origin", async () => {
    markSite("https://example.org/kabul/");
    renderApp("", siteDataset);
    expect(
      await screen.findByRole("heading", { level: 1, name: "The site's own timeline" }),
    ).toBeInTheDocument();
    expect(screen.queryByText(/^Dataset:/)).toBeNull();
  });

  it("copies the selected event's own page", async () => {
    markSite("https://example.org/kabul/");
    const { user } = renderApp("event=moscow-format-begins", siteDataset);
    await user.click(await screen.findByRole("button", { name: "Copy link" }));
    expect(await screen.findByText("Link copied")).toBeInTheDocument();
    expect(await navigator.clipboard.readText()).toBe(
      "https://example.org/kabul/events/moscow-format-begins/",
    );
  });
});
