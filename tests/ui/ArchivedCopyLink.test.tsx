import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { ArchivedCopyLink } from "../../src/ui/ArchivedCopyLink";

describe("ArchivedCopyLink", () => {
  it("links the archived copy in a new tab, saying its host and day", () => {
    render(
      <ArchivedCopyLink
        source={{
          archiveUrl: "https://web.archive.org/web/2021/https://a.example/",
          archivedAt: "2021-08-19",
        }}
      />,
    );
    const link = screen.getByRole("link", { name: /^Archived copy/ });
    expect(link).toHaveTextContent("Archived copy (19 Aug 2021) (web.archive.org) (new tab)");
    expect(link).toHaveAttribute("target", "_blank");
  });

  it("shows nothing for no copy, or for an address that is not http(s)", () => {
    const { container } = render(<ArchivedCopyLink source={{ archiveUrl: "javascript:void 0" }} />);
    expect(container).toBeEmptyDOMElement();
  });
});
