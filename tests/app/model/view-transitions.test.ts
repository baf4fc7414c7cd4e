import { describe, expect, it } from "vitest";
import {
  applyAction,
  canonicalUrlState,
  type ViewNow,
} from "../../../src/app/model/view-transitions";
import { resolveView } from "../../../src/app/resolve-view";
import { EMPTY_URL_STATE, type UrlState } from "../../../src/app/url-state";
import { buildDatasetIndex } from "../../../src/domain/dataset-index";
import type { EventId } from "../../../src/domain/types";
import { kabulDataset } from "../../fixtures/kabul";

const index = buildDatasetIndex(kabulDataset());
const utc = (iso: string) => Date.parse(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
const week = { start: utc("2021-08-14"), end: utc("2021-08-22") };
const id = (text: string) => text as EventId;

/** The view a link opens, as the explorer resolves it. */
function now(state: Partial<UrlState> = {}): ViewNow {
  const url = { ...EMPTY_URL_STATE, ...state };
  return { index, view: resolveView(index, url), urlWindow: url.window !== undefined };
}

describe("applyAction", () => {
  it("chooses an event in view as a history entry, leaving a fitted window alone", () => {
    expect(
      applyAction(now({ window: week }), {
        type: "select",
        id: id("mujahid-first-press-conference"),
      }),
    ).toEqual({
      state: {
        event: "mujahid-first-press-conference",
        countries: [],
        groups: [],
        sources: [],
        ignored: [],
        window: week,
      },
      history: "push",
    });
  });

  it("moves the window to an event outside it, keeping its span", () => {
    const narrow = { start: utc("2021-08-14"), end: utc("2021-08-16") };
    const transition = applyAction(now({ window: narrow }), {
      type: "select",
      id: id("china-says-taliban-changed"),
    });
    const window = transition?.state.window;
    expect(window && window.end - window.start).toBe(2 * 86_400_000);
    // The whole of 19 August is in view.
    expect(window?.start).toBeLessThanOrEqual(utc("2021-08-19"));
    expect(window?.end).toBeGreaterThanOrEqual(utc("2021-08-20"));
  });

  it("leaves the window where it is for a click on the timeline (no reveal)", () => {
    const narrow = { start: utc("2021-08-14"), end: utc("2021-08-16") };
    const transition = applyAction(now({ window: narrow }), {
      type: "select",
      id: id("china-says-taliban-changed"),
      reveal: false,
    });
    expect(transition?.state.window).toEqual(narrow);
  });

  it("does nothing for an event the dataset lacks", () => {
    expect(applyAction(now(), { type: "select", id: id("no-such-event") })).toBeUndefined();
  });

  it("steps through the filtered events only, from no selection to the first", () => {
    const china = now({ countries: ["CN"], window: week });
    expect(applyAction(china, { type: "step", to: "next" })?.state.event).toBe(
      "china-says-taliban-changed",
    );
    const chosen = now({ countries: ["CN"], window: week, event: "china-says-taliban-changed" });
    expect(applyAction(chosen, { type: "step", to: "next" })).toMatchObject({
      state: { event: "hua-chunying-taliban-will-not-repeat-past", countries: ["CN"] },
      history: "push",
    });
    expect(applyAction(chosen, { type: "step", to: "last" })?.state.event).toBe(
      "lavrov-ready-to-resume-moscow-format",
    );
    const none = now({ query: "no event says this" });
    expect(applyAction(none, { type: "step", to: "next" })).toBeUndefined();
  });

  it("zooms in on the selected event when it is in view, replacing the history entry", () => {
    // 17 August's middle is the anchor: it stays where it is on screen while the span halves.
    const view = now({ window: week, event: "mujahid-first-press-conference" });
    expect(applyAction(view, { type: "zoom", factor: 0.5 })).toMatchObject({
      state: { window: { start: utc("2021-08-15T18:00:00Z"), end: utc("2021-08-19T18:00:00Z") } },
      history: "replace",
    });
  });

  it("zooms on the window's middle when nothing is selected", () => {
    expect(applyAction(now({ window: week }), { type: "zoom", factor: 0.5 })?.state.window).toEqual(
      {
        start: utc("2021-08-16"),
        end: utc("2021-08-20"),
      },
    );
  });

  it("pans by a quarter of the window", () => {
    expect(applyAction(now({ window: week }), { type: "pan", direction: 1 })?.state.window).toEqual(
      {
        start: utc("2021-08-16"),
        end: utc("2021-08-24"),
      },
    );
  });

  it("filters without a history entry, keeping the selection and dropping unknown countries", () => {
    const view = now({ event: "china-says-taliban-changed", countries: ["CN", "XX"] });
    expect(applyAction(view, { type: "filter", query: "taliban" })).toEqual({
      state: {
        event: "china-says-taliban-changed",
        countries: ["CN"],
        groups: [],
        sources: [],
        ignored: [],
        query: "taliban",
      },
      history: "replace",
    });
  });
});

describe("canonicalUrlState", () => {
  it("drops what the dataset lacks and keeps a window only where the link named one", () => {
    const { view } = now({
      event: "no-such-event",
      countries: ["RU", "XX"],
      sources: ["presstv-2021-08-19-lavrov", "no-such-source"],
    });
    expect(canonicalUrlState(view, false)).toEqual({
      event: undefined,
      countries: ["RU"],
      groups: [],
      sources: ["presstv-2021-08-19-lavrov"],
      ignored: [],
      window: undefined,
    });
    const named = now({ window: week });
    expect(canonicalUrlState(named.view, true).window).toEqual(week);
  });
});
