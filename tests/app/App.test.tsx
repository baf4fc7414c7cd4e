import { act, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { PUBLIC, renderApp } from "../render-app";

const timeline = () => screen.getByRole("group", { name: "Events by date" });
const article = () => screen.getByRole("region", { name: "Article text" });
const eventList = () => screen.getByRole("region", { name: /^Events/ });
const details = () => screen.getByRole("article");

async function loaded() {
  await screen.findByRole("heading", { level: 1, name: "The fall of Kabul, August 2021" });
}

describe("the explorer", () => {
  it("opens the built-in timeline with every event in the list and the August 2021 cluster on the timeline", async () => {
    renderApp();
    await loaded();
    expect(within(eventList()).getAllByRole("button")).toHaveLength(16);
    expect(
      within(timeline()).getByRole("button", {
        name: /Taliban reach Kabul; Ashraf Ghani flees, 15 Aug 2021/,
      }),
    ).toBeInTheDocument();
    expect(screen.getByText("All 16 events")).toBeInTheDocument();
  });

  it("choosing an event on the timeline shows its details and highlights its quotation in the article", async () => {
    const { user } = renderApp();
    await loaded();
    await user.click(within(timeline()).getByRole("button", { name: /Taliban reach Kabul/ }));

    expect(
      within(details()).getByRole("heading", { name: "Taliban reach Kabul; Ashraf Ghani flees" }),
    ).toBeInTheDocument();
    expect(within(details()).getByText("15 Aug 2021")).toBeInTheDocument();
    expect(
      within(details()).getByText(
        /^The article says “on Sunday”, resolved against its publication date/,
      ),
    ).toBeInTheDocument();
    const highlighted = within(article()).getByRole("button", { current: true });
    expect(highlighted).toHaveTextContent(
      /^The militants laid siege to the capital, Kabul, on Sunday/,
    );
    expect(window.location.search).toBe("?event=taliban-take-kabul-ghani-flees");
  });

  it("choosing a highlighted passage in the article selects its event", async () => {
    const { user } = renderApp();
    await loaded();
    await user.click(
      within(article()).getByRole("button", { name: /nothing in this world remains unchanged/ }),
    );

    expect(
      within(details()).getByRole("heading", { name: "China says the Taliban have changed" }),
    ).toBeInTheDocument();
    expect(within(eventList()).getByRole("button", { current: true })).toHaveTextContent(
      "China says the Taliban have changed",
    );
  });

  it("lists each quotation with its speaker and a link to the same words online", async () => {
    renderApp("event=hua-chunying-taliban-will-not-repeat-past");
    await loaded();
    const quotes = within(details()).getByRole("region", { name: "Quotations" });
    expect(
      within(quotes).getByText(/we believe that the Taliban will not repeat the past\.$/),
    ).toBeInTheDocument();
    expect(within(quotes).getAllByText(/Hua Chunying/)[0]).toBeInTheDocument();
    const link = within(quotes).getAllByRole("link", {
      name: /Open at this quote in the original article/,
    })[0];
    expect(link).toHaveAttribute(
      "href",
      expect.stringContaining("presstv.ir/Detail/2021/08/19/664764/"),
    );
    expect(link).toHaveAttribute("href", expect.stringContaining("-,Although%20the%20situation"));
    expect(link).toHaveAttribute("rel", "noopener noreferrer");
  });

  it("steps through events in date order with previous and next", async () => {
    const { user } = renderApp("event=mujahid-first-press-conference");
    await loaded();
    expect(screen.getByText("8 of 16")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Next →" }));
    expect(
      within(details()).getByRole("heading", {
        name: "Lavrov urges all Afghan ethnic groups to talk",
      }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "← Previous" }));
    await user.click(screen.getByRole("button", { name: "← Previous" }));
    expect(
      within(details()).getByRole("heading", {
        name: "Crowds at Kabul airport as evacuation flights leave",
      }),
    ).toBeInTheDocument();
    expect(screen.getByText("7 of 16")).toBeInTheDocument();
  });

  it("steps with the arrow keys, Home and End from the timeline", async () => {
    const { user } = renderApp("event=mujahid-first-press-conference");
    await loaded();
    within(timeline()).getByRole("button", { current: true }).focus();
    await user.keyboard("{ArrowRight}");
    expect(
      within(details()).getByRole("heading", {
        name: "Lavrov urges all Afghan ethnic groups to talk",
      }),
    ).toBeInTheDocument();
    expect(within(timeline()).getByRole("button", { current: true })).toHaveFocus();
    await user.keyboard("{Home}");
    expect(
      within(details()).getByRole("heading", { name: "Twenty years of foreign military presence" }),
    ).toBeInTheDocument();
    await user.keyboard("{End}");
    expect(screen.getByText("16 of 16")).toBeInTheDocument();
  });

  it("filters by country: counts, list and stepping follow the filter", async () => {
    const { user } = renderApp();
    await loaded();
    await user.click(screen.getByRole("checkbox", { name: /China/ }));

    expect(screen.getByText("Showing 3 of 16 events")).toBeInTheDocument();
    expect(
      within(eventList())
        .getAllByRole("button")
        .map((b) => b.textContent),
    ).toEqual([
      expect.stringContaining("China says the Taliban have changed"),
      expect.stringContaining("China: the Taliban “will not repeat the past”"),
      expect.stringContaining("Russia ready to revive the Moscow format"),
    ]);
    expect(window.location.search).toBe("?country=CN");
    await user.click(screen.getByRole("button", { name: "Next →" }));
    await user.click(screen.getByRole("button", { name: "Next →" }));
    expect(
      within(details()).getByRole("heading", {
        name: "China: the Taliban “will not repeat the past”",
      }),
    ).toBeInTheDocument();
    expect(screen.getByText("2 of 3")).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Clear filters" }));
    expect(screen.getByText("All 16 events")).toBeInTheDocument();
  });

  it("writes large counts with thousands separators in every pane", async () => {
    const text = "Talks went on.";
    const day = (i: number) => new Date(Date.UTC(2020, 0, 1) + i * 86_400_000).toISOString();
    const { user } = renderApp("data=./many.json", (path) =>
      path === "/many.json"
        ? Response.json({
            title: "Many talks",
            sources: [{ id: "s", title: "S", publishedAt: "2024-01-01", text }],
            events: Array.from({ length: 1234 }, (_, i) => ({
              id: `talks-${i}`,
              title: `Talks, round ${i}`,
              when: { start: day(i).slice(0, 10) },
              countries: i < 1001 ? ["AF"] : ["RU"],
              quotes: [{ sourceId: "s", exact: "Talks", start: 0, end: 5 }],
            })),
          })
        : undefined,
    );
    await screen.findByRole("heading", { level: 1, name: "Many talks" });
    expect(screen.getByText("All 1,234 events")).toBeInTheDocument();
    expect(screen.getByText("1,234 events")).toBeInTheDocument();
    const afghanistan = screen.getByRole("checkbox", { name: "Afghanistan 1,001 events" });
    await user.click(afghanistan);
    expect(await screen.findByText("Showing 1,001 of 1,234 events")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Next →" }));
    expect(screen.getByText("1 of 1,001")).toBeInTheDocument();
  });

  it("zoomed into a week, shows that week's events even when hundreds of year-long ones span it", async () => {
    const quotes = [{ sourceId: "s", exact: "Talks", start: 0, end: 5 }];
    const { user } = renderApp("data=./years.json&from=2021-03-01&to=2021-03-08", (path) =>
      path === "/years.json"
        ? Response.json({
            title: "Years and days",
            sources: [{ id: "s", title: "S", publishedAt: "2024-01-01", text: "Talks went on." }],
            events: [
              ...Array.from({ length: 300 }, (_, i) => ({
                id: `year-${i}`,
                title: `Known only by its year, ${i}`,
                when: { start: "2021-01-01", precision: "year" },
                quotes,
              })),
              ...[2, 3, 4, 5, 6].map((day) => ({
                id: `day-${day}`,
                title: `Talks on ${day} March`,
                when: { start: `2021-03-0${day}` },
                quotes,
              })),
            ],
          })
        : undefined,
    );
    await screen.findByRole("heading", { level: 1, name: "Years and days" });
    for (const day of [2, 3, 4, 5, 6]) {
      expect(
        within(timeline()).getByRole("button", { name: new RegExp(`^Talks on ${day} March`) }),
      ).toBeInTheDocument();
    }
    const spanning = within(timeline()).getByRole("button", {
      name: "300 events span this whole window",
    });
    await user.click(spanning);
    const list = within(timeline()).getByRole("group", { name: "300 events" });
    expect(within(list).getAllByRole("button")).toHaveLength(200);
    expect(within(list).getByText("The first 200 of 300, in date order.")).toBeInTheDocument();
    await user.click(within(list).getByRole("button", { name: /Known only by its year, 1$/ }));
    expect(
      within(details()).getByRole("heading", { name: "Known only by its year, 1" }),
    ).toBeInTheDocument();
    expect(
      within(timeline()).getByRole("button", { name: "299 events span this whole window" }),
    ).toBeInTheDocument();
  });

  it("takes one Tab stop for the list, and moves between its rows with ↑ and ↓", async () => {
    const { user } = renderApp();
    await loaded();
    const rows = within(eventList()).getAllByRole("button");
    const stops = rows.filter((row) => row.getAttribute("tabindex") !== "-1");
    expect(stops).toEqual([rows[0]]);
    act(() => rows[0]?.focus());
    await user.keyboard("{ArrowDown}{ArrowDown}");
    expect(rows[2]).toHaveFocus();
    await user.keyboard("{ArrowUp}");
    expect(rows[1]).toHaveFocus();
    await user.tab();
    for (const row of rows) expect(row).not.toHaveFocus();
    await user.click(rows[5] as HTMLElement);
    expect(
      within(eventList())
        .getAllByRole("button")
        .filter((row) => row.getAttribute("tabindex") !== "-1"),
    ).toEqual([rows[5]]);
  });

  it("keeps each quotation one passage in the article where quotations overlap", async () => {
    const text = "Alpha beta gamma delta epsilon.";
    const quote = (exact: string) => ({
      sourceId: "s",
      exact,
      start: text.indexOf(exact),
      end: text.indexOf(exact) + exact.length,
    });
    renderApp("data=./overlap.json", (path) =>
      path === "/overlap.json"
        ? Response.json({
            title: "Overlap",
            sources: [{ id: "s", title: "S", publishedAt: "2021-08-19", text }],
            events: [
              {
                id: "first",
                title: "First",
                when: { start: "2021-08-01" },
                quotes: [quote("Alpha beta gamma")],
              },
              {
                id: "second",
                title: "Second",
                when: { start: "2021-08-02" },
                quotes: [quote("gamma delta")],
              },
            ],
          })
        : undefined,
    );
    await screen.findByRole("heading", { level: 1, name: "Overlap" });
    const passages = within(article()).getAllByRole("button");
    expect(passages.map((passage) => passage.textContent)).toEqual(["Alpha beta gamma", " delta"]);
  });

  it("searches quotes typed with straight quotation marks, and says why nothing matches", async () => {
    const { user } = renderApp();
    await loaded();
    const search = screen.getByRole("searchbox", { name: "Search events" });
    await user.type(search, `"Moscow format" consultations`);
    expect(within(eventList()).getAllByRole("button")).toHaveLength(1);
    expect(within(eventList()).getByRole("button")).toHaveTextContent(
      "Russia launches the Moscow format",
    );

    await user.clear(search);
    await user.type(search, "zebra");
    expect(screen.getByText(/No events match the search “zebra”/)).toBeInTheDocument();
    expect(
      within(timeline()).getByText("No events match the search and filters."),
    ).toBeInTheDocument();
  });

  it("restores a shared view from the URL", async () => {
    renderApp(
      "event=china-says-taliban-changed&country=cn,ru&q=taliban&from=2021-08-16&to=2021-08-20",
    );
    await loaded();
    expect(
      within(details()).getByRole("heading", { name: "China says the Taliban have changed" }),
    ).toBeInTheDocument();
    expect(screen.getByRole("checkbox", { name: /China/ })).toBeChecked();
    expect(screen.getByRole("checkbox", { name: /Russia/ })).toBeChecked();
    expect(screen.getByRole("searchbox", { name: "Search events" })).toHaveValue("taliban");
    expect(
      within(timeline()).queryByRole("button", { name: /Taliban reach Kabul/ }),
    ).not.toBeInTheDocument();
  });

  it("says so when a link names an unknown event or country, and applies the rest", async () => {
    renderApp("event=no-such-event&country=CN,FR");
    await loaded();
    expect(screen.getByText(/This dataset has no event "no-such-event"/)).toBeInTheDocument();
    expect(screen.getByText(/No event in this dataset involves France \(FR\)/)).toBeInTheDocument();
    expect(screen.getByText("Showing 3 of 16 events")).toBeInTheDocument();
  });

  it("Back returns to the previously selected event", async () => {
    const { user } = renderApp();
    await loaded();
    await user.click(
      within(eventList()).getByRole("button", { name: /Russia launches the Moscow format/ }),
    );
    await user.click(within(eventList()).getByRole("button", { name: /Taliban reach Kabul/ }));
    await act(async () => {
      window.history.back();
      await new Promise((resolve) => setTimeout(resolve, 20));
    });
    await waitFor(() =>
      expect(
        within(details()).getByRole("heading", { name: "Russia launches the Moscow format" }),
      ).toBeInTheDocument(),
    );
  });
});

describe("while a large dataset downloads", () => {
  it("shows how much has arrived from the first piece, of the size the server gives, then the timeline", async () => {
    const dataset = readFileSync(join(PUBLIC, "datasets/kabul-2021.json"), "utf8");
    let finish = () => {};
    // 12 KB of leading white space (valid JSON) arrives first; the rest waits for the test.
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(" ".repeat(12_000)));
        finish = () => {
          controller.enqueue(new TextEncoder().encode(dataset));
          controller.close();
        };
      },
    });
    renderApp("data=./datasets/large.json", (path) =>
      path === "/datasets/large.json"
        ? new Response(body, { headers: { "content-length": "3400000" } })
        : undefined,
    );
    expect(await screen.findByText("12 KB of 3.4 MB received…")).toBeInTheDocument();
    expect(screen.getByText("Loading the timeline…")).toBeInTheDocument();
    finish();
    await loaded();
    expect(screen.queryByText(/received/)).not.toBeInTheDocument();
  });
});

describe("once a dataset has loaded", () => {
  it("says it is drawing the timeline while React draws it in the background, then shows it", async () => {
    // Every status text the page shows on its way, as it shows it.
    const seen: string[] = [];
    const observer = new MutationObserver((records) => {
      for (const record of records) {
        if (record.type === "characterData" && record.oldValue) seen.push(record.oldValue);
        for (const node of record.addedNodes) if (node.textContent) seen.push(node.textContent);
        // A node taken away keeps the text it last showed.
        for (const node of record.removedNodes) if (node.textContent) seen.push(node.textContent);
      }
    });
    observer.observe(document.body, {
      subtree: true,
      childList: true,
      characterData: true,
      characterDataOldValue: true,
    });
    renderApp();
    await loaded();
    observer.disconnect();
    const loading = seen.findIndex((text) => text.includes("Loading the timeline…"));
    const drawing = seen.findIndex((text) => text.includes("Drawing the timeline…"));
    expect(loading).toBeGreaterThanOrEqual(0);
    expect(drawing).toBeGreaterThan(loading);
  });
});

describe("cancelling a dataset that is loading", () => {
  /** A dataset address that sends 12 bytes and then nothing, until told to serve `body`. */
  function stalling() {
    const state = { stopped: false, body: undefined as string | undefined };
    const route = (path: string) => {
      if (path !== "/datasets/slow.json") return undefined;
      if (state.body !== undefined) return new Response(state.body);
      return new Response(
        new ReadableStream<Uint8Array>({
          start(controller) {
            controller.enqueue(new TextEncoder().encode(" ".repeat(12)));
          },
          cancel() {
            state.stopped = true;
          },
        }),
      );
    };
    return { state, route };
  }

  it("stops the download, goes back to the built-in timeline with a notice, and opens the link again on request", async () => {
    const { state, route } = stalling();
    const { user } = renderApp("data=./datasets/slow.json&utm_source=mail", route);
    expect(await screen.findByText("12 bytes received…")).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Cancel" }));
    await loaded();
    expect(screen.getByText("Loading ./datasets/slow.json was cancelled.")).toBeInTheDocument();
    await waitFor(() => expect(window.location.search).toBe("?utm_source=mail"));
    await waitFor(() => expect(state.stopped).toBe(true));

    const copy = JSON.parse(readFileSync(join(PUBLIC, "datasets/kabul-2021.json"), "utf8")) as {
      title: string;
    };
    state.body = JSON.stringify({ ...copy, title: "A slow copy" });
    await user.click(screen.getByRole("button", { name: "Open again" }));
    expect(
      await screen.findByRole("heading", { level: 1, name: "A slow copy" }),
    ).toBeInTheDocument();
    expect(window.location.search).toBe("?data=./datasets/slow.json&utm_source=mail");
    expect(screen.queryByText(/was cancelled/)).not.toBeInTheDocument();
  });

  it("goes back to the view that was open before, event and all", async () => {
    const { route } = stalling();
    const { user, store } = renderApp(
      "data=./datasets/kabul-2021.json%3Fcopy&event=moscow-format-begins",
      route,
    );
    expect(
      await within(await screen.findByRole("article")).findByRole("heading", {
        name: "Russia launches the Moscow format",
      }),
    ).toBeInTheDocument();
    act(() => store.set("data=./datasets/slow.json", "push"));
    await user.click(await screen.findByRole("button", { name: "Cancel" }));
    expect(
      await within(await screen.findByRole("article")).findByRole("heading", {
        name: "Russia launches the Moscow format",
      }),
    ).toBeInTheDocument();
    // The address bar follows a replacement a moment later (see url-store).
    await waitFor(() =>
      expect(window.location.search).toBe(
        "?event=moscow-format-begins&data=./datasets/kabul-2021.json%3Fcopy",
      ),
    );
  });

  it("is not offered for the built-in timeline, which has nothing before it to go back to", async () => {
    renderApp();
    expect(screen.getByText("Loading the timeline…")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Cancel" })).not.toBeInTheDocument();
    await loaded();
  });
});

describe("when the data cannot be shown", () => {
  it("names the event and field of a broken dataset", async () => {
    renderApp("data=./broken.json", (path) =>
      path === "/broken.json"
        ? Response.json({
            title: "Broken",
            sources: [{ id: "s", title: "S", publishedAt: "2021-08-19", text: "Hello world" }],
            events: [
              {
                id: "bad-date",
                title: "Bad",
                when: { start: "2021-13-01" },
                quotes: [{ sourceId: "s", exact: "Hello", start: 0, end: 5 }],
              },
            ],
          })
        : undefined,
    );
    expect(
      await screen.findByRole("heading", { name: "This dataset cannot be shown" }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        `events[0] "bad-date".when.start: "2021-13-01" is not a date: write YYYY-MM-DD, e.g. "2021-08-19"`,
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByRole("link", { name: "Open the built-in timeline instead" }),
    ).toBeInTheDocument();
    // The same file would be refused again: nothing to retry.
    expect(screen.queryByRole("button", { name: "Retry" })).not.toBeInTheDocument();
  });

  it("says at once that a dataset address answers 404, asking only once, and offers Retry", async () => {
    const { user } = renderApp("data=./missing.json");
    expect(
      await screen.findByRole("heading", { name: "The timeline could not be loaded" }),
    ).toBeInTheDocument();
    expect(screen.getByText(/missing\.json answered 404 Not Found/)).toBeInTheDocument();
    const asked = () =>
      vi.mocked(fetch).mock.calls.filter(([input]) => String(input).endsWith("/missing.json"));
    expect(asked()).toHaveLength(1);
    // Someone may publish the file meanwhile: a person can ask again.
    await user.click(screen.getByRole("button", { name: "Retry" }));
    await waitFor(() => expect(asked()).toHaveLength(2));
  });

  it(
    "offers Retry after a failed fetch, and Retry works once the fault is gone",
    { timeout: 15000 },
    async () => {
      let failing = true;
      const { user } = renderApp("", (path) =>
        failing && path.startsWith("/datasets/")
          ? new Response("oops", { status: 500, statusText: "Server Error" })
          : undefined,
      );
      // A network failure is retried twice, with back-off, before it is shown.
      expect(
        await screen.findByRole(
          "heading",
          { name: "The timeline could not be loaded" },
          { timeout: 6000 },
        ),
      ).toBeInTheDocument();
      expect(screen.getByText(/answered 500 Server Error/)).toBeInTheDocument();
      failing = false;
      await user.click(screen.getByRole("button", { name: "Retry" }));
      await loaded();
    },
  );
});

describe("sharing and moving through time", () => {
  it("copies the canonical link to this exact view and confirms it", async () => {
    const { user } = renderApp("country=ru&event=moscow-format-begins&utm_source=mail");
    await loaded();
    await user.click(screen.getByRole("button", { name: "Copy link" }));
    expect(screen.getByText("Link copied")).toBeInTheDocument();
    const copied = await navigator.clipboard.readText();
    expect(copied).toBe(
      `${window.location.origin}/?event=moscow-format-begins&country=RU&utm_source=mail`,
    );
  });

  it("brings an off-screen event into view when it is chosen", async () => {
    const { user } = renderApp();
    await loaded();
    expect(
      within(timeline()).queryByRole("button", { name: /Russia launches the Moscow format/ }),
    ).not.toBeInTheDocument();
    await user.click(
      within(eventList()).getByRole("button", { name: /Russia launches the Moscow format/ }),
    );
    expect(
      within(timeline()).getByRole("button", {
        name: /Russia launches the Moscow format, April 2017/,
      }),
    ).toBeInTheDocument();
    const params = new URLSearchParams(window.location.search);
    expect(params.get("from") ?? "").toMatch(/^2017-0[34]-/);
    expect(params.get("to") ?? "").toMatch(/^2017-0[45]-/);
  });

  it("zooms with the buttons and the keyboard, and writes the window into the link", async () => {
    const { user } = renderApp("from=2021-08-14&to=2021-08-21");
    await loaded();
    await user.click(screen.getByRole("button", { name: "Zoom in" }));
    const zoomed = new URLSearchParams(window.location.search);
    const span = (p: URLSearchParams) =>
      Date.parse(p.get("to") ?? "") - Date.parse(p.get("from") ?? "");
    expect(span(zoomed)).toBeLessThan(7 * 86_400_000);
    await user.click(screen.getByRole("button", { name: "Fit all" }));
    // Zoom replaces the history entry at most five times a second; the last change always lands.
    await waitFor(() => expect(window.location.search).toMatch(/from=1999-.*&to=2023-/));
    const fitted = new URLSearchParams(window.location.search);
    expect(screen.getByRole("button", { name: "Fit all" })).toBeDisabled();

    within(timeline()).getAllByRole("button")[0]?.focus();
    await user.keyboard("+");
    await waitFor(() =>
      expect(span(new URLSearchParams(window.location.search))).toBeLessThan(span(fitted)),
    );
  });
});

describe("links that hold more than the dataset", () => {
  it("drops unknown countries and events from the address, keeps the notice until dismissed", async () => {
    const { user } = renderApp("country=zz,ru,fr&event=nope&from=2021-08-14&to=2021-08-21");
    await loaded();
    await waitFor(() =>
      expect(window.location.search).toBe("?country=RU&from=2021-08-14&to=2021-08-21"),
    );
    expect(screen.getByText(/"ZZ" is not a country code/)).toBeInTheDocument();
    expect(screen.getByText(/This dataset has no event "nope"/)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Dismiss" }));
    expect(screen.queryByText(/"ZZ" is not a country code/)).not.toBeInTheDocument();
  });

  it("says so when the link's window lies outside the dataset, and writes the one shown", async () => {
    renderApp("from=1800-01-01&to=1800-01-08");
    await loaded();
    expect(
      screen.getByText(/lies outside this dataset; showing the nearest part/),
    ).toBeInTheDocument();
    await waitFor(() => expect(window.location.search).toMatch(/^\?from=1999-/));
  });
});

describe("keys", () => {
  it("→ steps on from the Next button, and Home/End work from a list item", async () => {
    const { user } = renderApp();
    await loaded();
    await user.click(screen.getByRole("button", { name: "Next →" }));
    await user.keyboard("{ArrowRight}");
    expect(screen.getByText("2 of 16")).toBeInTheDocument();
    await user.click(within(eventList()).getByRole("button", { name: /Taliban reach Kabul/ }));
    await user.keyboard("{End}");
    expect(screen.getByText("16 of 16")).toBeInTheDocument();
  });

  it("leaves the arrow keys to the search box", async () => {
    const { user } = renderApp("event=moscow-format-begins");
    await loaded();
    await user.type(
      screen.getByRole("searchbox", { name: "Search events" }),
      "moscow{ArrowLeft}{ArrowLeft}{Home}",
    );
    expect(
      within(details()).getByRole("heading", { name: "Russia launches the Moscow format" }),
    ).toBeInTheDocument();
    expect(window.location.search).toContain("event=moscow-format-begins");
  });
});

describe("quotes that drifted from their source", () => {
  const TEXT = "Lavrov spoke on Thursday. The Taliban took Kabul on Sunday.";
  const drifted = (exact: string, start: number) => ({
    title: "Drifted",
    sources: [{ id: "s", title: "S", publishedAt: "2021-08-19", text: TEXT }],
    events: [
      {
        id: "kabul",
        title: "Kabul falls",
        when: { start: "2021-08-15" },
        quotes: [{ sourceId: "s", exact, start, end: start + exact.length }],
      },
    ],
  });

  it("highlights a re-anchored quote where its words now are", async () => {
    renderApp("data=./drifted.json&event=kabul", (path) =>
      path === "/drifted.json" ? Response.json(drifted("The Taliban took Kabul", 0)) : undefined,
    );
    await screen.findByRole("heading", { level: 1, name: "Drifted" });
    expect(within(article()).getByRole("button", { current: true })).toHaveTextContent(
      "The Taliban took Kabul",
    );
    expect(screen.getByText("1 quotation needed attention while loading")).toBeInTheDocument();
  });

  it("flags a quote that is not in the source instead of highlighting other words", async () => {
    renderApp("data=./drifted.json&event=kabul", (path) =>
      path === "/drifted.json" ? Response.json(drifted("The Taliban took Herat", 26)) : undefined,
    );
    await screen.findByRole("heading", { level: 1, name: "Drifted" });
    expect(within(details()).getByText(/^Not found in the source/)).toBeInTheDocument();
    expect(within(article()).queryByRole("button")).not.toBeInTheDocument();
  });
});
