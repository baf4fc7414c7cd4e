import { readFileSync } from "node:fs";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { readDataset } from "../../src/data/read-dataset";
import type { Dataset } from "../../src/domain/types";
import { renderApp } from "../render-app";

// Through a variable: Vite rewrites a literal `new URL("…", import.meta.url)` into an asset.
const HERE = import.meta.url;
const ACLED = readFileSync(new URL("../fixtures/acled/exampleville.csv", HERE), "utf8");
const about = { name: "acled.csv", label: "The dataset at /datasets/acled.csv" };

// A large export's reading, by hand: the events read so far are told, the whole comes when the
// test says (the Worker and the stream are tested in tests/data).
const reading: { finish?: (dataset: Dataset) => void; fail?: (error: Error) => void } = {};
vi.mock("../../src/data/fetch-dataset", () => ({
  fetchDataset: async (
    url: string,
    _signal: AbortSignal | undefined,
    onPartial?: (dataset: Dataset) => void,
  ) => {
    if (url !== "/datasets/acled.csv") throw new Error(`unexpected ${url}`);
    const firstRows = ACLED.split("\n").slice(0, 3).join("\n");
    onPartial?.(await readDataset(firstRows, about));
    return new Promise<Dataset>((resolve, reject) => {
      reading.finish = resolve;
      reading.fail = reject;
    });
  },
}));

afterEach(() => {
  reading.finish = undefined;
  reading.fail = undefined;
});

describe("a large export still being read", () => {
  it("opens on the events read so far, says so, keeps the link's event for the rest, then shows them all", async () => {
    const { store } = renderApp("data=/datasets/acled.csv&event=xmp3");
    expect(await screen.findByRole("heading", { level: 1, name: "acled.csv" })).toBeInTheDocument();
    expect(
      screen.getByText(
        "Still reading: showing the first 2 events; the rest follow when the whole file is read.",
      ),
    ).toBeInTheDocument();
    const list = screen.getByRole("region", { name: /^Events/ });
    expect(
      within(list).getByRole("button", { name: /Armed clash in Exampleville$/ }),
    ).toBeInTheDocument();
    expect(
      within(list).getByRole("button", { name: /Peaceful protest in Example Province$/ }),
    ).toBeInTheDocument();
    expect(within(list).queryByRole("button", { name: /Attack/ })).not.toBeInTheDocument();
    // Nothing made from a part that would pass for the whole.
    expect(screen.getByRole("button", { name: "Export" })).toBeDisabled();
    expect(screen.getByRole("button", { name: "Publish" })).toBeDisabled();
    expect(screen.getByRole("button", { name: "Edit a copy" })).toBeDisabled();
    // Making a new timeline needs none of them; its buttons are there, so the header keeps still.
    expect(screen.getByRole("button", { name: "New timeline" })).toBeEnabled();
    expect(screen.getByRole("button", { name: "Your timelines" })).toBeEnabled();
    // The link's event may be among the rest: not called unknown, not dropped from the link.
    expect(screen.queryByText(/has no event/)).not.toBeInTheDocument();
    expect(store.getSnapshot()).toContain("event=xmp3");

    reading.finish?.(await readDataset(ACLED, about));
    expect(await screen.findByRole("article")).toHaveTextContent(/Attack/);
    expect(within(list).getByRole("button", { name: /Attack/ })).toBeInTheDocument();
    expect(screen.queryByText(/^Still reading/)).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Export" })).toBeEnabled();
    expect(screen.getByRole("button", { name: "Publish" })).toBeEnabled();
    expect(screen.getByRole("button", { name: "Edit a copy" })).toBeEnabled();
    expect(store.getSnapshot()).toContain("event=xmp3");
  });

  it("says an event the link names is missing only once every event is read", async () => {
    renderApp("data=/datasets/acled.csv&event=nowhere");
    await screen.findByText(/^Still reading/);
    expect(screen.queryByText(/has no event/)).not.toBeInTheDocument();
    reading.finish?.(await readDataset(ACLED, about));
    expect(await screen.findByText(/This dataset has no event "nowhere"/)).toBeInTheDocument();
  });

  it("keeps the events that came when the download stops partway, says why, and reads it again when asked", async () => {
    const { store } = renderApp("data=/datasets/acled.csv&event=xmp3");
    await screen.findByText(/^Still reading/);
    // Not retried by itself (a stall has waited 20 s already), as fetch-text says.
    reading.fail?.(
      Object.assign(new Error("/datasets/acled.csv stopped sending for 20 s."), {
        transient: false,
      }),
    );
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent(
      "Reading stopped: showing only the first 2 events, which came before it did. /datasets/acled.csv stopped sending for 20 s.",
    );
    // The events and the selected one stay; nothing is made from a part passing for the whole.
    expect(screen.queryByText(/^Still reading/)).not.toBeInTheDocument();
    expect(screen.getByRole("heading", { level: 1, name: "acled.csv" })).toBeInTheDocument();
    const list = screen.getByRole("region", { name: /^Events/ });
    expect(
      within(list).getByRole("button", { name: /Armed clash in Exampleville$/ }),
    ).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Export" })).toBeDisabled();
    expect(screen.getByRole("button", { name: "Publish" })).toBeDisabled();
    expect(screen.getByRole("button", { name: "Edit a copy" })).toBeDisabled();
    expect(screen.queryByText(/has no event/)).not.toBeInTheDocument();
    expect(store.getSnapshot()).toContain("event=xmp3");

    await userEvent.click(within(alert).getByRole("button", { name: "Read it again" }));
    await screen.findByText(/^Still reading/);
    reading.finish?.(await readDataset(ACLED, about));
    expect(await screen.findByRole("article")).toHaveTextContent(/Attack/);
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Export" })).toBeEnabled();
  });
});
