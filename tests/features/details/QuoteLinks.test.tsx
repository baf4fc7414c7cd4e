import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { Quote, Source } from "../../../src/domain/types";
import { QuoteLinks } from "../../../src/features/details/QuoteLinks";

const TEXT = "The ferry left at dawn. At noon the ferry left again.";
const SOURCE: Source = {
  id: "wire",
  title: "Ferry leaves",
  publisher: "Example Wire",
  url: "https://wire.example/ferry",
  publishedAt: "2031-05-02",
  text: TEXT,
};
const SECOND: Quote = {
  sourceId: "wire",
  exact: "the ferry left",
  start: 32,
  end: 46,
  prefix: "at dawn. At noon ",
  suffix: " again.",
};

function links(source: Source) {
  render(
    <p>
      <QuoteLinks quote={SECOND} source={source} index={1} />
    </p>,
  );
}

describe("QuoteLinks", () => {
  it("opens the original article at this occurrence of the words, told apart by its neighbours", () => {
    links(SOURCE);
    const link = screen.getByRole("link", { name: /^Open at this quote in the original article/ });
    expect(link).toHaveAttribute(
      "href",
      "https://wire.example/ferry#:~:text=dawn.%20At%20noon-,the%20ferry%20left,-again.",
    );
    expect(link).toHaveTextContent(
      "Open at this quote in the original article (wire.example) (quotation 2, new tab)",
    );
    expect(screen.queryByRole("link", { name: /archived copy/ })).not.toBeInTheDocument();
  });

  it("opens the Wayback Machine's capture as archived at the same words", () => {
    links({
      ...SOURCE,
      archiveUrl: "https://web.archive.org/web/20310502/https://wire.example/ferry",
      archivedAt: "2031-05-02",
    });
    const link = screen.getByRole("link", { name: /^Open at this quote in the archived copy/ });
    expect(link).toHaveTextContent("Open at this quote in the archived copy (2 May 2031)");
    expect(link).toHaveAttribute(
      "href",
      "https://web.archive.org/web/20310502id_/https://wire.example/ferry#:~:text=dawn.%20At%20noon-,the%20ferry%20left,-again.",
    );
  });

  it("offers no link to an address that is not http(s)", () => {
    links({ ...SOURCE, url: "javascript:alert(1)", archiveUrl: "ftp://archive.example/x" });
    expect(screen.queryByRole("link")).not.toBeInTheDocument();
  });
});
