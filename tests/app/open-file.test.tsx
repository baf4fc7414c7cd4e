import { gzipSync } from "node:zlib";
import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { renderApp } from "../render-app";

const KABUL = "The fall of Kabul, August 2021";

const SHEET = [
  "Year,Month,Day,Time,Headline,Text,Media,Media Credit,Type,Group",
  ",,,,Sheet of firsts,<p>Computing firsts.</p>,,,title,",
  "1843,,,,Ada's notes,The <b>first</b> program.,//example.org/ada,Science Museum,,People",
  "1946,2,15,,ENIAC unveiled,,,,,Machines",
].join("\n");

function file(name: string, text: string): File {
  return new File([text], name, { type: "text/csv" });
}

describe("opening a file", () => {
  it("opens a TimelineJS sheet, says which file is open and that this browser will not keep it", async () => {
    // jsdom has no IndexedDB: the file opens for this visit only, and the page says so.
    const { user, store } = renderApp();
    await screen.findByRole("heading", { level: 1, name: KABUL });
    await user.upload(screen.getByLabelText("Dataset file"), file("firsts.csv", SHEET));

    expect(await screen.findByRole("heading", { level: 1, name: "Sheet of firsts" })).toBeVisible();
    // The file's name is in its own bidi run (a <bdi>), so the banner is matched as a whole.
    expect(screen.getByText(/^File:/)).toHaveTextContent(
      /File: firsts\.csv \(TimelineJS CSV spreadsheet\), open for this visit only/,
    );
    const params = () => new URLSearchParams(store.getSnapshot());
    expect(params().get("data")).toMatch(/^local:unsaved-/);

    const list = screen.getByRole("region", { name: /^Events/ });
    await user.click(within(list).getByRole("button", { name: /Ada.s notes/ }));
    const details = screen.getByRole("article");
    expect(within(details).getByText("1843")).toBeInTheDocument();
    expect(within(details).getByText(/No source text attached/)).toBeInTheDocument();
    expect(within(details).getByRole("link", { name: /example\.org/ })).toHaveAttribute(
      "href",
      "https://example.org/ada",
    );

    await user.click(screen.getByRole("checkbox", { name: /Machines/ }));
    expect(screen.getByText("Showing 1 of 2 events")).toBeInTheDocument();
    expect(params().getAll("group")).toEqual(["Machines"]);
  });

  it("lists why a file cannot be opened and keeps the open timeline", async () => {
    const { user, store } = renderApp("event=taliban-take-kabul-ghani-flees");
    await screen.findByRole("heading", { level: 1, name: KABUL });
    await user.upload(
      screen.getByLabelText("Dataset file"),
      file("broken.json", '{"title": "Broken", "sources": [], "events": [{"id": "Bad Id"}]}'),
    );
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("The file broken.json is not valid.");
    expect(alert).toHaveTextContent('events[0].id: "Bad Id" is not an id');
    expect(alert).toHaveTextContent("events[0].title: is missing");
    expect(alert).toHaveTextContent("The timeline you had open is unchanged.");
    expect(screen.getByRole("heading", { level: 1, name: KABUL })).toBeVisible();
    expect(new URLSearchParams(store.getSnapshot()).get("event")).toBe(
      "taliban-take-kabul-ghani-flees",
    );
    expect(new URLSearchParams(store.getSnapshot()).has("data")).toBe(false);
    await user.click(within(alert).getByRole("button", { name: "Dismiss" }));
    await waitFor(() => expect(screen.queryByRole("alert")).toBeNull());
  });

  it("refuses a file that is neither JSON nor CSV", async () => {
    const { user } = renderApp();
    await screen.findByRole("heading", { level: 1, name: KABUL });
    await user.upload(screen.getByLabelText("Dataset file"), file("notes.csv", "just some notes"));
    expect(await screen.findByRole("alert")).toHaveTextContent(
      "The file notes.csv is neither JSON nor CSV.",
    );
  });

  it("opens a UTF-16 sheet saved with a byte order mark (Excel's “Unicode Text”)", async () => {
    const { user } = renderApp();
    await screen.findByRole("heading", { level: 1, name: KABUL });
    const utf16 = new Uint8Array([0xff, 0xfe, ...Buffer.from(SHEET, "utf16le")]);
    await user.upload(screen.getByLabelText("Dataset file"), new File([utf16], "firsts.csv"));
    expect(await screen.findByRole("heading", { level: 1, name: "Sheet of firsts" })).toBeVisible();
  });

  it("says a gzip-compressed file must be unpacked, and keeps the open timeline", async () => {
    const { user } = renderApp();
    await screen.findByRole("heading", { level: 1, name: KABUL });
    const packed = new Uint8Array(gzipSync(SHEET));
    await user.upload(screen.getByLabelText("Dataset file"), new File([packed], "firsts.csv"));
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("firsts.csv is gzip-compressed.");
    expect(alert).toHaveTextContent("Unpack it first");
    expect(screen.getByRole("heading", { level: 1, name: KABUL })).toBeVisible();
  });

  it("says a UTF-16 file without a byte order mark must be saved as UTF-8", async () => {
    const { user } = renderApp();
    await screen.findByRole("heading", { level: 1, name: KABUL });
    const utf16 = new Uint8Array(Buffer.from(SHEET, "utf16le"));
    await user.upload(screen.getByLabelText("Dataset file"), new File([utf16], "firsts.csv"));
    expect(await screen.findByRole("alert")).toHaveTextContent(
      /firsts\.csv is UTF-16 text .*Save it as UTF-8/,
    );
  });

  it("Cancel stops reading a file that waits for its source text, and keeps the open timeline", async () => {
    const { user, store } = renderApp("event=taliban-take-kabul-ghani-flees", (path) =>
      // The file's source text, at a full address, never arrives.
      path === "/never.txt" ? new Promise<Response>(() => {}) : undefined,
    );
    await screen.findByRole("heading", { level: 1, name: KABUL });
    const waiting = JSON.stringify({
      title: "Waiting",
      sources: [
        {
          id: "s",
          title: "S",
          publishedAt: "2021-08-19",
          textUrl: `${window.location.origin}/never.txt`,
        },
      ],
      events: [
        {
          id: "e",
          title: "E",
          when: { start: "2021-08-19" },
          quotes: [{ sourceId: "s", exact: "Hello", start: 0, end: 5 }],
        },
      ],
    });
    await user.upload(screen.getByLabelText("Dataset file"), file("waiting.json", waiting));
    await waitFor(() =>
      expect(
        vi.mocked(fetch).mock.calls.some(([input]) => String(input).endsWith("/never.txt")),
      ).toBe(true),
    );
    await user.click(screen.getByRole("button", { name: "Cancel" }));

    expect(screen.queryByText(/Opening waiting\.json/)).not.toBeInTheDocument();
    expect(screen.getByRole("heading", { level: 1, name: KABUL })).toBeInTheDocument();
    expect(store.getSnapshot()).toBe("event=taliban-take-kabul-ghani-flees");
  });
});
