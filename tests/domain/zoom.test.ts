import { describe, expect, it } from "vitest";
import { DAY_MS, HOUR_MS } from "../../src/domain/dates";
import { MEAN_YEAR_MS, msOfYear } from "../../src/domain/deep-time";
import type { TimeWindow } from "../../src/domain/types";
import {
  MIN_SPAN_MS,
  boundsForExtent,
  canZoomIn,
  clampWindow,
  fitWindow,
  overlapsWindow,
  panWindow,
  zoomWindow,
} from "../../src/domain/zoom";
import type { ZoomBounds } from "../../src/domain/zoom";

const utc = (iso: string) => Date.parse(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
const win = (start: string, end: string): TimeWindow => ({ start: utc(start), end: utc(end) });
const span = (window: TimeWindow) => window.end - window.start;

// August 2021, as hand-written bounds so the expected dates stay round.
const AUGUST: ZoomBounds = { min: utc("2021-08-01"), max: utc("2021-09-01"), minSpan: MIN_SPAN_MS };

describe("MIN_SPAN_MS", () => {
  it("is a few hours", () => {
    expect(MIN_SPAN_MS).toBe(3 * HOUR_MS);
  });
});

describe("deep time", () => {
  const extent = { start: msOfYear(-13_799_999_999), end: msOfYear(1991) };
  const bounds = boundsForExtent(extent);

  it("bounds a span of billions of years with the same 5% margins", () => {
    const margin = (extent.end - extent.start) * 0.05;
    expect(bounds.min / (extent.start - margin)).toBeCloseTo(1, 12);
    expect(bounds.max / (extent.end + margin)).toBeCloseTo(1, 12);
    expect(zoomWindow(fitWindow(bounds), 2, 0, bounds)).toEqual(fitWindow(bounds));
  });

  it("zooms in on the Big Bang and pans without leaving the bounds", () => {
    const zoomed = zoomWindow(fitWindow(bounds), 1e-9, extent.start, bounds);
    expect(span(zoomed) / ((bounds.max - bounds.min) * 1e-9)).toBeCloseTo(1, 6);
    expect(zoomed.start).toBeLessThan(extent.start);
    expect(zoomed.end).toBeGreaterThan(extent.start);
    const panned = panWindow(zoomed, -1e30, bounds);
    expect(panned.start).toBe(bounds.min);
  });

  it("lets zooming in go down to a year there, and to hours elsewhere", () => {
    const year = msOfYear(-4_599_999_999);
    expect(canZoomIn({ start: year, end: msOfYear(-4_599_999_997) }, bounds)).toBe(true);
    expect(canZoomIn({ start: year, end: msOfYear(-4_599_999_998) }, bounds)).toBe(false);
    expect(canZoomIn({ start: year, end: year + MEAN_YEAR_MS / 2 }, bounds)).toBe(false);
    expect(canZoomIn(win("2021-08-15T00:00:00Z", "2021-08-15T04:00:00Z"), AUGUST)).toBe(true);
    expect(canZoomIn(win("2021-08-15T00:00:00Z", "2021-08-15T03:00:00Z"), AUGUST)).toBe(false);
  });
});

describe("boundsForExtent and fitWindow", () => {
  it("adds a 5% margin on both sides of the data", () => {
    const bounds = boundsForExtent(win("2021-08-01", "2021-08-21"));
    expect(bounds).toEqual({
      min: utc("2021-07-31"),
      max: utc("2021-08-22"),
      minSpan: MIN_SPAN_MS,
    });
    expect(fitWindow(bounds)).toEqual(win("2021-07-31", "2021-08-22"));
  });

  it("gives a one-day extent a margin of 72 minutes each side", () => {
    const bounds = boundsForExtent(win("2021-08-15", "2021-08-16"));
    expect(bounds.min).toBe(utc("2021-08-14T22:48:00Z"));
    expect(bounds.max).toBe(utc("2021-08-16T01:12:00Z"));
  });
});

describe("zoomWindow", () => {
  it("zooms in keeping the anchor date at the same fraction of the window", () => {
    const window = win("2021-08-10", "2021-08-20");
    const anchor = utc("2021-08-12"); // a fifth of the way across
    const zoomed = zoomWindow(window, 0.5, anchor, AUGUST);
    expect(zoomed).toEqual(win("2021-08-11", "2021-08-16"));
    expect((anchor - zoomed.start) / span(zoomed)).toBeCloseTo(0.2, 12);
  });

  it("zooms out keeping the anchor date at the same fraction of the window", () => {
    const window = win("2021-08-10", "2021-08-15");
    const zoomed = zoomWindow(window, 2, utc("2021-08-11"), AUGUST);
    expect(zoomed).toEqual(win("2021-08-09", "2021-08-19"));
  });

  it("stops zooming in at MIN_SPAN_MS, still around the anchor", () => {
    const window = win("2021-08-10", "2021-08-20");
    const anchor = utc("2021-08-12");
    const zoomed = zoomWindow(window, 1e-6, anchor, AUGUST);
    expect(span(zoomed)).toBe(MIN_SPAN_MS);
    expect(zoomed).toEqual(win("2021-08-11T23:24:00Z", "2021-08-12T02:24:00Z"));
    expect(zoomWindow(zoomed, 0.5, anchor, AUGUST)).toEqual(zoomed);
  });

  it("stops zooming out at the span of the bounds", () => {
    const zoomed = zoomWindow(win("2021-08-10", "2021-08-20"), 100, utc("2021-08-12"), AUGUST);
    expect(zoomed).toEqual(fitWindow(AUGUST));
  });

  it("slides a window that zooming pushed past a bound back inside", () => {
    const zoomed = zoomWindow(win("2021-08-02", "2021-08-12"), 2, utc("2021-08-07"), AUGUST);
    expect(zoomed).toEqual(win("2021-08-01", "2021-08-21"));
  });
});

describe("panWindow", () => {
  it("moves the window by the delta and keeps its span", () => {
    expect(panWindow(win("2021-08-10", "2021-08-15"), 2 * DAY_MS, AUGUST)).toEqual(
      win("2021-08-12", "2021-08-17"),
    );
    expect(panWindow(win("2021-08-10", "2021-08-15"), -3 * HOUR_MS, AUGUST)).toEqual(
      win("2021-08-09T21:00:00Z", "2021-08-14T21:00:00Z"),
    );
  });

  it("stops at the bounds on either side, span kept", () => {
    expect(panWindow(win("2021-08-10", "2021-08-15"), 60 * DAY_MS, AUGUST)).toEqual(
      win("2021-08-27", "2021-09-01"),
    );
    expect(panWindow(win("2021-08-10", "2021-08-15"), -60 * DAY_MS, AUGUST)).toEqual(
      win("2021-08-01", "2021-08-06"),
    );
  });
});

describe("clampWindow", () => {
  it("leaves a window inside the bounds alone", () => {
    expect(clampWindow(win("2021-08-10", "2021-08-15"), AUGUST)).toEqual(
      win("2021-08-10", "2021-08-15"),
    );
  });

  it("widens a window narrower than the minimum span around its middle", () => {
    expect(clampWindow(win("2021-08-10T12:00:00Z", "2021-08-10T12:30:00Z"), AUGUST)).toEqual(
      win("2021-08-10T10:45:00Z", "2021-08-10T13:45:00Z"),
    );
  });

  it("shrinks a window wider than the bounds to the bounds", () => {
    expect(clampWindow(win("2021-07-01", "2021-10-01"), AUGUST)).toEqual(fitWindow(AUGUST));
  });

  it("slides a window wholly outside the bounds back in", () => {
    expect(clampWindow(win("2021-10-01", "2021-10-03"), AUGUST)).toEqual(
      win("2021-08-30", "2021-09-01"),
    );
    expect(clampWindow(win("2021-06-01", "2021-06-03"), AUGUST)).toEqual(
      win("2021-08-01", "2021-08-03"),
    );
  });
});

describe("overlapsWindow", () => {
  const window = win("2021-08-10", "2021-08-20");

  it("is true for a range partly or wholly inside the window", () => {
    expect(overlapsWindow(window, utc("2021-08-05"), utc("2021-08-11"))).toBe(true);
    expect(overlapsWindow(window, utc("2021-08-12"), utc("2021-08-13"))).toBe(true);
    expect(overlapsWindow(window, utc("2021-08-01"), utc("2021-08-31"))).toBe(true);
  });

  it("treats the range as half-open: touching an edge is not overlapping", () => {
    expect(overlapsWindow(window, utc("2021-08-09"), utc("2021-08-10"))).toBe(false);
    expect(overlapsWindow(window, utc("2021-08-20"), utc("2021-08-21"))).toBe(false);
  });

  it("is false for a range wholly outside the window", () => {
    expect(overlapsWindow(window, utc("2021-07-01"), utc("2021-07-02"))).toBe(false);
  });
});
