import { scaleLinear, scaleUtc } from "d3-scale";
import { formatYearTick, withYearContext } from "./axis-format";
import { fractionalYearOfMs, isDeepMs, MEAN_YEAR_MS, msOfYear, yearOfMs } from "./deep-time";

/** A tick on a time axis: where it is, and what it says. */
export interface AxisTick {
  readonly ms: number;
  readonly label: string;
}

/** Positions instants (ms) along an axis, and picks and labels that axis's ticks. */
export interface TimeScale {
  (ms: number): number;
  /** The instant at a position. */
  invert(px: number): number;
  /** About `count` ticks at round times, in order. */
  ticks(count: number): AxisTick[];
  domain(): [number, number];
}

// Past this span, calendar ticks give way to round years.
const CALENDAR_MAX_SPAN_MS = 10_000 * MEAN_YEAR_MS;
// Before year 1 calendar ticks fall on astronomical years (300,001 BCE): round BCE years instead,
// once the span is long enough for ticks to be years anyway.
const BCE_YEARS_FROM_SPAN_MS = 10 * MEAN_YEAR_MS;

/**
 * A time scale from `domain` (ms) to `range` (px): d3's `scaleUtc`, with its calendar ticks, for
 * spans a Date can hold and a calendar suits; linear in ms, with ticks at round years, for deep
 * time and spans of ten thousand years and more.
 */
export function timeScale(
  domain: readonly [number, number],
  range: readonly [number, number],
): TimeScale {
  const [start, end] = domain;
  const span = Math.abs(end - start);
  const calendar =
    !isDeepMs(start) &&
    !isDeepMs(end) &&
    span < CALENDAR_MAX_SPAN_MS &&
    (span < BCE_YEARS_FROM_SPAN_MS || yearOfMs(Math.min(start, end)) > 0);
  return calendar ? calendarScale(start, end, range) : yearScale(start, end, range);
}

function calendarScale(start: number, end: number, range: readonly [number, number]): TimeScale {
  const utc = scaleUtc().domain([start, end]).range(range);
  const scale = ((ms: number) => utc(ms)) as TimeScale;
  scale.invert = (px) => utc.invert(px).getTime();
  scale.ticks = (count) => {
    const dates = utc.ticks(count);
    const labels = withYearContext(dates);
    return dates.map((date, i) => ({ ms: date.getTime(), label: labels[i] as string }));
  };
  scale.domain = () => [start, end];
  return scale;
}

function yearScale(start: number, end: number, range: readonly [number, number]): TimeScale {
  const linear = scaleLinear().domain([start, end]).range(range);
  const scale = ((ms: number) => linear(ms)) as TimeScale;
  scale.invert = (px) => linear.invert(px);
  const width = Math.abs(range[1] - range[0]);
  scale.ticks = (count) => {
    // "4.61 billion years ago" needs more room than a calendar's "Aug": fewer ticks until they fit.
    let ticks = yearTicks(start, end, count);
    for (let fewer = count - 1; fewer >= 2 && !fits(ticks, width / (end - start)); fewer--) {
      ticks = yearTicks(start, end, fewer);
    }
    return ticks;
  };
  scale.domain = () => [start, end];
  return scale;
}

// About the width of a character of a 12px axis label (spaces and narrow letters included), and
// the room kept between two labels.
const LABEL_CHAR_PX = 6.2;
const LABEL_GAP_PX = 12;

function fits(ticks: readonly AxisTick[], pxPerMs: number): boolean {
  let longest = 0;
  for (const tick of ticks) longest = Math.max(longest, tick.label.length);
  const [first, second] = ticks;
  if (!first || !second) return true;
  return (
    Math.abs(second.ms - first.ms) * Math.abs(pxPerMs) >= longest * LABEL_CHAR_PX + LABEL_GAP_PX
  );
}

// Years as people count them, with no year 0: astronomical -299 is -300 (300 BCE), so that ticks
// at round numbers read "300,000 BCE" rather than "300,001 BCE".
const counted = (year: number) => (year <= 0 ? year - 1 : year);
const astronomical = (year: number) => (year < 0 ? year + 1 : year);

function yearTicks(start: number, end: number, count: number): AxisTick[] {
  const [from, to] = [Math.min(start, end), Math.max(start, end)];
  const years = scaleLinear().domain([
    counted(fractionalYearOfMs(from)),
    counted(fractionalYearOfMs(to)),
  ]);
  const all = years.ticks(count);
  const step = all.length > 1 ? Math.abs((all[1] as number) - (all[0] as number)) : 1;
  // Whole years only, and no 0: there is no year 0 to count from.
  const values = all.filter((value) => Number.isInteger(value) && value !== 0);
  const ticks: AxisTick[] = [];
  for (const value of values) {
    const year = astronomical(value);
    const ms = msOfYear(year);
    if (ms < from || ms > to) continue;
    ticks.push({ ms, label: formatYearTick(year, step) });
  }
  return ticks;
}
