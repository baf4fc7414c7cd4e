import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { ShownView } from "../../../src/domain/shown-view";
import PublishDialog from "../../../src/features/publish/PublishDialog";
import type { SiteStep } from "../../../src/features/publish/make-site-zip";
import { kabulDataset } from "../../fixtures/kabul";

const makeSiteZip = vi.hoisted(() => vi.fn());
vi.mock("../../../src/features/publish/make-site-zip", () => ({ makeSiteZip }));

const dataset = kabulDataset();
const shown: ShownView = {
  dataset,
  events: dataset.events,
  window: { start: 0, end: 1 },
  countries: [],
  groups: [],
  query: "",
  address: "https://example.org/",
};

/** The dialog as the Publish menu opens it: from a button that should get focus back. */
function Harness() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Publish
      </button>
      {open && <PublishDialog shown={shown} onClose={() => setOpen(false)} />}
    </>
  );
}

async function openDialog() {
  const user = userEvent.setup();
  render(<Harness />);
  await user.click(screen.getByRole("button", { name: "Publish" }));
  const dialog = await screen.findByRole("dialog", { name: "Publish as a website" });
  return { user, dialog };
}

const field = () => screen.getByRole("textbox", { name: "Address where you will upload it" });
const download = () => screen.getByRole("button", { name: "Download the site (.zip)" });

describe("Publish as a website", () => {
  let saved: string[];
  beforeEach(() => {
    saved = [];
    vi.stubGlobal(
      "URL",
      Object.assign(URL, { createObjectURL: vi.fn(() => "blob:site"), revokeObjectURL: vi.fn() }),
    );
    vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      saved.push(this.download);
    });
  });

  it("says what you get and asks where the site will live", async () => {
    const { dialog } = await openDialog();
    expect(dialog).toHaveTextContent(
      `You get a folder to upload to any static host: “${dataset.title}” with all ${dataset.events.length} events, whatever the filters show, and a page for every event with a link preview`,
    );
    expect(field()).toHaveFocus();
    expect(field()).toBeRequired();
  });

  it("explains instead of downloading until the address is a full web address", async () => {
    const { user } = await openDialog();
    await user.click(download());
    expect(field()).toHaveAccessibleDescription(
      expect.stringContaining(
        "Enter the address where you will upload the site, starting https://.",
      ),
    );
    expect(field()).toHaveAttribute("aria-invalid", "true");
    expect(field()).toHaveFocus();

    await user.type(field(), "example.org/kabul");
    await user.click(download());
    expect(field()).toHaveAttribute("aria-invalid", "true");
    expect(makeSiteZip).not.toHaveBeenCalled();

    await user.clear(field());
    await user.type(field(), "https://example.org/kabul");
    expect(field()).not.toHaveAttribute("aria-invalid");
    expect(field()).toHaveAccessibleDescription(
      "The site’s own address, such as https://example.org/kabul/. Link previews need it.",
    );
  });

  it("does not judge the address at the first key, only once the field is left", async () => {
    const { user } = await openDialog();
    await user.type(field(), "ftp:");
    expect(field()).not.toHaveAttribute("aria-invalid");
    await user.tab();
    expect(field()).toHaveAttribute("aria-invalid", "true");
  });

  it("shows each step, then downloads <dataset>-site.zip and says what it holds", async () => {
    let finish: (zip: { bytes: Uint8Array; files: number }) => void = () => {};
    let report: (step: SiteStep) => void = () => {};
    makeSiteZip.mockImplementation(
      (_dataset, _options, _base, _signal, onStep: (step: SiteStep) => void) =>
        new Promise((resolve) => {
          report = onStep;
          finish = resolve;
        }),
    );
    const { user } = await openDialog();
    await user.type(field(), "https://example.org/kabul");
    await user.click(download());
    await waitFor(() => expect(makeSiteZip).toHaveBeenCalled());
    expect(makeSiteZip.mock.calls[0]?.[1]).toEqual({ baseUrl: "https://example.org/kabul/" });

    report({ step: "files", done: 3, total: 36 });
    expect(await screen.findByRole("status")).toHaveTextContent("Fetching the app’s 36 files…");
    report({ step: "cards", done: 2, total: 16 });
    await waitFor(() =>
      expect(screen.getByRole("status")).toHaveTextContent("Making 16 preview cards…"),
    );
    expect(screen.getByRole("progressbar", { name: "Progress" })).toHaveValue(2 / 16);
    // Still focused, so the keyboard is not dropped to the page while the site is made.
    expect(download()).toHaveAttribute("aria-disabled", "true");
    expect(download()).toHaveFocus();
    await user.click(download());
    expect(makeSiteZip).toHaveBeenCalledTimes(1);

    finish({ bytes: new Uint8Array(1_234_567), files: 58 });
    await waitFor(() =>
      expect(screen.getByRole("status")).toHaveTextContent(
        "Downloaded the-fall-of-kabul-august-2021-site.zip (58 files, 1.2 MB).",
      ),
    );
    expect(saved).toEqual(["the-fall-of-kabul-august-2021-site.zip"]);
    expect(download()).toHaveFocus();
  });

  it("says clearly what failed, keeps the address and lets you try again", async () => {
    makeSiteZip.mockRejectedValueOnce(
      new Error("The app’s file assets/index.js could not be fetched (HTTP 404)."),
    );
    const { user } = await openDialog();
    await user.type(field(), "https://example.org/");
    await user.click(download());
    expect(await screen.findByRole("alert")).toHaveTextContent(
      "The app’s file assets/index.js could not be fetched (HTTP 404).",
    );
    expect(field()).toHaveValue("https://example.org/");
    expect(saved).toEqual([]);

    makeSiteZip.mockResolvedValueOnce({ bytes: new Uint8Array(10), files: 3 });
    await user.click(screen.getByRole("button", { name: "Try again" }));
    await waitFor(() => expect(saved).toEqual(["the-fall-of-kabul-august-2021-site.zip"]));
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("closes with Escape or Close and gives focus back to what opened it", async () => {
    const { user } = await openDialog();
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(screen.getByRole("button", { name: "Publish" })).toHaveFocus();

    await user.click(screen.getByRole("button", { name: "Publish" }));
    await user.click(await screen.findByRole("button", { name: "Close" }));
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(screen.getByRole("button", { name: "Publish" })).toHaveFocus();
  });
});
