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
    // The warning's code loads once a local file is open: here, at the same time as the click.
    expect(await screen.findByRole("alertdialog")).toHaveTextContent(
      "This link only opens sheet.csv in this browser: the file is kept here, not online.",
    );
    await user.click(screen.getByRole("button", { name: "Cancel" }));
    expect(screen.queryByRole("alertdialog")).toBeNull();
    expect(button).toHaveFocus();

    await user.click(button);
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("alertdialog")).toBeNull();
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
    expect(screen.getByRole("alertdialog")).toHaveTextContent(
      "This link opens sheet.csv nowhere else: this browser could not keep the file",
    );
  });
});

describe("CopyLinkButton's warning dialog", () => {
  function setUpWarning(kept = true) {
    const user = userEvent.setup();
    render(
      <CopyLinkButton
        url={URL_TO_SHARE}
        localFile={{ name: "sheet.csv", kept, events: 12 }}
        onExport={() => Promise.resolve()}
      />,
    );
    return user;
  }

  it("is an alert dialog named by its title and described by its message", async () => {
    const user = setUpWarning();
    await user.click(screen.getByRole("button", { name: "Copy link" }));
    const dialog = screen.getByRole("alertdialog", {
      name: "This link only works in this browser",
    });
    expect(dialog).toHaveAccessibleDescription(
      "This link only opens sheet.csv in this browser: the file is kept here, not online. To share the data, export it and send the file.",
    );
  });

  it("takes focus to its first button, keeps Tab among its buttons, and Escape gives focus back", async () => {
    const user = setUpWarning();
    const copyLink = screen.getByRole("button", { name: "Copy link" });
    await user.click(copyLink);
    const exportInstead = screen.getByRole("button", { name: "Export all 12 events instead" });
    const cancel = screen.getByRole("button", { name: "Cancel" });
    expect(exportInstead).toHaveFocus();
    await user.tab();
    expect(screen.getByRole("button", { name: "Copy the link anyway" })).toHaveFocus();
    await user.tab();
    expect(cancel).toHaveFocus();
    await user.tab();
    expect(exportInstead).toHaveFocus();
    await user.tab({ shift: true });
    expect(cancel).toHaveFocus();

    await user.keyboard("{Escape}");
    expect(screen.queryByRole("alertdialog")).toBeNull();
    expect(copyLink).toHaveFocus();
  });

  it("gives focus back to Copy link after copying anyway", async () => {
    const user = setUpWarning();
    const copyLink = screen.getByRole("button", { name: "Copy link" });
    await user.click(copyLink);
    await user.click(screen.getByRole("button", { name: "Copy the link anyway" }));
    expect(await screen.findByText("Link copied")).toBeInTheDocument();
    expect(screen.queryByRole("alertdialog")).toBeNull();
    expect(copyLink).toHaveFocus();
  });

  it("gives each of two warnings its own name and description", async () => {
    const user = userEvent.setup();
    render(
      <>
        <CopyLinkButton
          url={URL_TO_SHARE}
          localFile={{ name: "kept.csv", kept: true, events: 1 }}
          onExport={() => Promise.resolve()}
        />
        <CopyLinkButton
          url={URL_TO_SHARE}
          localFile={{ name: "lost.csv", kept: false, events: 1 }}
          onExport={() => Promise.resolve()}
        />
      </>,
    );
    const [first, second] = screen.getAllByRole("button", { name: "Copy link" });
    // Both open at once: ids written as fixed strings would name the second by the first.
    await user.click(first as HTMLElement);
    await user.click(second as HTMLElement);
    expect(
      screen.getByRole("alertdialog", { name: "This link only works in this browser" }),
    ).toHaveAccessibleDescription(/kept\.csv/);
    expect(
      screen.getByRole("alertdialog", { name: "This link works nowhere" }),
    ).toHaveAccessibleDescription(/lost\.csv/);
  });
});
