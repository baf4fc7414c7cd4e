import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { CopyLinkButton } from "../../../src/features/share/CopyLinkButton";

// The warning's chunk cannot be fetched (the network went away, a deploy replaced it).
vi.mock("../../../src/features/share/LocalFileWarning", () => {
  throw new Error("Failed to fetch dynamically imported module");
});

describe("CopyLinkButton when the warning's code cannot load", () => {
  it("says so in place of the warning, and the rest of the page carries on", async () => {
    const user = userEvent.setup();
    vi.spyOn(console, "warn").mockImplementation(() => {});
    vi.spyOn(console, "error").mockImplementation(() => {});
    render(
      <CopyLinkButton
        url="https://example.org/?data=local:abc123"
        localFile={{ name: "sheet.csv", kept: true, events: 12 }}
        onExport={() => Promise.resolve()}
      />,
    );
    await user.click(screen.getByRole("button", { name: "Copy link" }));
    expect(
      await screen.findByRole("alert", { name: "The warning about this link failed" }),
    ).toHaveTextContent("The warning about this link could not be shown");
    expect(screen.getByRole("button", { name: "Copy link" })).toBeEnabled();
  });
});
