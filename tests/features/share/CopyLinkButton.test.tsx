import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { CopyLinkButton } from "../../../src/features/share/CopyLinkButton";

const URL_TO_SHARE = "https://example.org/?data=local:abc123";

describe("CopyLinkButton for a file kept in this browser", () => {
  it("warns instead of copying, and Cancel or Escape goes back to the button", async () => {
    const user = userEvent.setup();
    const onExport = vi.fn(() => Promise.resolve());
    render(
      <CopyLinkButton
        url={URL_TO_SHARE}
        localFile={{ name: "sheet.csv", kept: true, events: 12 }}
        onExport={onExport}
      />,
    );
    const button = screen.getByRole("button", { name: "Copy link" });
    await user.click(button);
    expect(screen.getByRole("alert")).toHaveTextContent(
      "This link only opens sheet.csv in this browser: the file is kept here, not online.",
    );
    await user.click(screen.getByRole("button", { name: "Cancel" }));
    expect(screen.queryByRole("alert")).toBeNull();
    expect(button).toHaveFocus();

    await user.click(button);
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("alert")).toBeNull();
    expect(onExport).not.toHaveBeenCalled();
  });

  it("exports every event instead, or copies the link anyway", async () => {
    const user = userEvent.setup();
    const onExport = vi.fn(() => Promise.resolve());
    render(
      <CopyLinkButton
        url={URL_TO_SHARE}
        localFile={{ name: "sheet.csv", kept: true, events: 12 }}
        onExport={onExport}
      />,
    );
    await user.click(screen.getByRole("button", { name: "Copy link" }));
    await user.click(screen.getByRole("button", { name: "Export all 12 events instead" }));
    expect(onExport).toHaveBeenCalledTimes(1);

    await user.click(screen.getByRole("button", { name: "Copy link" }));
    await user.click(screen.getByRole("button", { name: "Copy the link anyway" }));
    expect(await screen.findByText("Link copied")).toBeInTheDocument();
    expect(await navigator.clipboard.readText()).toBe(URL_TO_SHARE);
  });

  it("says when the file was not kept at all", async () => {
    const user = userEvent.setup();
    render(
      <CopyLinkButton
        url={URL_TO_SHARE}
        localFile={{ name: "sheet.csv", kept: false, events: 1 }}
        onExport={() => Promise.resolve()}
      />,
    );
    await user.click(screen.getByRole("button", { name: "Copy link" }));
    expect(screen.getByRole("alert")).toHaveTextContent(
      "This link opens sheet.csv nowhere else: this browser could not keep the file",
    );
  });
});
