import { render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { Root } from "../../src/app/Root";
import { createUrlStore } from "../../src/app/url-store";

// The whole app throws, as a bug in it would.
vi.mock("../../src/app/App", () => ({
  App: () => {
    throw new Error("Something in the app broke.");
  },
}));

function renderRoot(search: string) {
  vi.spyOn(console, "error").mockImplementation(() => undefined);
  vi.spyOn(console, "warn").mockImplementation(() => undefined);
  window.history.replaceState(null, "", `/?${search}`);
  render(<Root store={createUrlStore(window)} />);
}

describe("the page's last line of defence", () => {
  afterEach(() => vi.restoreAllMocks());

  it("offers the built-in timeline in the full app", () => {
    renderRoot("event=nope&country=RU");
    expect(screen.getByRole("link", { name: "Open the built-in timeline" })).toHaveAttribute(
      "href",
      "?",
    );
  });

  it("keeps an embed an embed: its way out is the built-in timeline's embed", () => {
    renderRoot("event=nope&embed=1");
    expect(screen.getByRole("link", { name: "Open the built-in timeline" })).toHaveAttribute(
      "href",
      "?embed=1",
    );
  });
});
