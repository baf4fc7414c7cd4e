import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderApp } from "../../render-app";

const EVENT = "lavrov-mangoush-press-conference";

describe("the embed layout", () => {
  it("shows the title, the timeline and the selected event, without file, editing or publishing controls", async () => {
    renderApp(`event=${EVENT}&embed=1`);
    await screen.findByRole("heading", { level: 1, name: "The fall of Kabul, August 2021" });
    expect(
      await screen.findByRole("heading", { name: "Lavrov backs national dialogue in Afghanistan" }),
    ).toBeInTheDocument();
    expect(screen.getByRole("region", { name: "Timeline" })).toBeInTheDocument();
    expect(screen.getByRole("group", { name: "Events by date" })).toBeInTheDocument();
    for (const name of [/open file/i, /publish/i, /make a timeline|new timeline/i, /export/i]) {
      expect(screen.queryByRole("button", { name })).not.toBeInTheDocument();
    }
    expect(screen.queryByText(/drop a file/i)).not.toBeInTheDocument();
    expect(screen.queryByRole("link", { name: /built-in timeline/i })).not.toBeInTheDocument();
  });

  it("links to the same view in the full app, in a new tab", async () => {
    renderApp(`event=${EVENT}&country=ru&embed=1&utm_source=x`);
    const link = await screen.findByRole("link", { name: /^Open in Sourceline/ });
    expect(link).toHaveAttribute(
      "href",
      `${location.origin}/?event=${EVENT}&country=RU&utm_source=x`,
    );
    expect(link).toHaveAttribute("target", "_blank");
    expect(link).toHaveAttribute("rel", "noopener");
  });

  it("keeps the article closed until asked, and opens it at a quotation's place", async () => {
    const { user } = renderApp(`event=${EVENT}&embed=1`);
    const toggle = await screen.findByRole("button", { name: "Show the article" });
    expect(toggle).toHaveAttribute("aria-expanded", "false");
    expect(screen.queryByRole("region", { name: /Russia foreign minister/ })).toBeNull();
    const [show] = await screen.findAllByRole("button", { name: /^Show in the article/ });
    await user.click(show as HTMLElement);
    const article = await screen.findByRole("region", { name: /Russia foreign minister/ });
    expect(within(article).getAllByRole("mark").length).toBeGreaterThan(0);
    expect(screen.getByRole("button", { name: "Hide the article" })).toHaveAttribute(
      "aria-expanded",
      "true",
    );
    await user.click(screen.getByRole("button", { name: "Hide the article" }));
    expect(screen.queryByRole("region", { name: /Russia foreign minister/ })).toBeNull();
  });

  it("says which filters the link applies, since the embed has no filter panel", async () => {
    renderApp("country=CN&embed=1");
    expect(await screen.findByText(/^Showing \d+ of \d+ events, in CN\.$/)).toBeInTheDocument();
  });

  it("says why a dataset cannot be shown, offering no file and staying an embed", async () => {
    renderApp("data=/missing.json&embed=1");
    expect(
      await screen.findByRole("heading", { name: "The timeline could not be loaded" }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole("link", { name: "Open the built-in timeline instead" }),
    ).toHaveAttribute("href", "?embed=1");
    expect(screen.queryByRole("button", { name: /open file/i })).not.toBeInTheDocument();
  });

  it("opens the full app for any embed value but 1, and says so", async () => {
    renderApp("embed=yes");
    expect(
      await screen.findByText("The link's embed value could not be read (only embed=1 is known)."),
    ).toBeInTheDocument();
    expect(screen.getByRole("button", { name: /open file/i })).toBeInTheDocument();
  });

  it("says a draft cannot be embedded and opens it in the full app instead of its editor", async () => {
    renderApp("data=draft:abc123&embed=1");
    expect(
      await screen.findByRole("heading", { name: "A draft cannot be embedded" }),
    ).toBeInTheDocument();
    expect(screen.getByRole("link", { name: /^Open the draft in Sourceline/ })).toHaveAttribute(
      "href",
      `${location.origin}/?data=draft:abc123`,
    );
    expect(screen.queryByRole("button", { name: /add an event|new event/i })).toBeNull();
    expect(screen.queryByRole("button", { name: /open file/i })).toBeNull();
  });
});
