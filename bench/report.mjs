// Medians of the runs, issue 4's and issue 15's targets, and the table the benchmark prints.
import { FRAME_JITTER_MS } from "./measure.mjs";

const frameTarget = (ms) => ({ max: ms, slack: FRAME_JITTER_MS, text: `≤${ms} ms` });
// Issue 4's targets at 1k and 10k; at 100k and 1M, issue 15's (which replaced issue 4's there).
const perSize = (a, b, c, d) => ({ 1000: a, 10000: b, 100000: c, ...(d ? { 1000000: d } : {}) });
const allSizes = (target) => perSize(target, target, target, target);

// The loading steps the table breaks ready time into (the app's own performance measures).
const STEP_LABELS = {
  start: "scripts until loading starts",
  fetch: "fetch and decode",
  parse: "JSON.parse",
  validate: "validate",
  build: "build events",
  render: "render to first frame",
};

/**
 * Every figure of the table: how to read it from a run, its unit's decimals, whether a ratio to
 * the blank page means something, and issue 4's target per size (`ofBlank`: a ratio target).
 */
export const ROWS = [
  {
    key: "readyMs",
    label: "ready (ms)",
    get: (f) => f.readyMs,
    digits: 0,
    ratio: true,
    target: perSize(
      { max: 1.5, ofBlank: true, text: "≤1.5× blank" },
      { max: 2, ofBlank: true, text: "≤2× blank" },
      undefined,
    ),
  },
  // Issue 15 compares sizes with the built-in view measured in the same run, since absolute
  // times move with the machine's load (see ratioToBuiltin).
  {
    key: "readyOfBuiltin",
    label: "ready ÷ built-in ready",
    derived: true,
    digits: 2,
    target: { 100000: { max: 1.5, text: "≤1.5" }, 1000000: { max: 8, text: "≤8" } },
  },
  {
    key: "completeMs",
    label: "all events shown (ms)",
    get: (f) => f.completeMs,
    digits: 0,
  },
  {
    key: "completeOfBuiltin",
    label: "all events shown ÷ built-in ready",
    derived: true,
    digits: 2,
  },
  {
    key: "firstPaintMs",
    label: "first paint: events drawn (ms)",
    get: (f) => f.firstPaintMs,
    digits: 0,
  },
  {
    key: "firstPaintOfBuiltin",
    label: "first paint ÷ built-in ready",
    derived: true,
    digits: 2,
    target: { 100000: { max: 1.2, text: "≤1.2" }, 1000000: { max: 2, text: "≤2" } },
  },
  {
    key: "longestTaskMs",
    label: "longest main-thread task until all shown (ms)",
    get: (f) => f.longestTaskMs,
    digits: 0,
    target: { 100000: { max: 50, text: "≤50 ms" }, 1000000: { max: 50, text: "≤50 ms" } },
  },
  // Where the ready time goes (the app's own performance measures; no targets).
  ...["start", "fetch", "parse", "validate", "build", "render"].map((step) => ({
    key: `${step}StepMs`,
    label: `  ready: ${STEP_LABELS[step]} (ms)`,
    get: (f) => f.loading?.[step],
    digits: 0,
  })),
  ...["zoom", "pan"].flatMap((gesture) => [
    {
      key: `${gesture}MedianMs`,
      label: `${gesture} frame median (ms)`,
      get: (f) => f[gesture]?.medianMs,
      digits: 1,
    },
    {
      key: `${gesture}P95Ms`,
      label: `${gesture} frame p95 (ms)`,
      get: (f) => f[gesture]?.p95Ms,
      digits: 1,
      target: perSize(frameTarget(16.7), frameTarget(16.7), frameTarget(16.7), frameTarget(16.7)),
    },
    {
      key: `${gesture}DroppedPct`,
      label: `${gesture} dropped frames (%)`,
      get: (f) => f[gesture]?.droppedPct,
      digits: 1,
      target: perSize(
        { max: 2, text: "≤2 %" },
        { max: 5, text: "≤5 %" },
        { max: 2, text: "≤2 %" },
        { max: 5, text: "≤5 %" },
      ),
    },
  ]),
  {
    key: "heapMB",
    label: "heap after GC (MB)",
    get: (f) => f.heapMB,
    digits: 1,
    ratio: true,
    target: perSize(
      { max: 20, text: "≤20 MB" },
      { max: 40, text: "≤40 MB" },
      { max: 60, text: "≤60 MB" },
      { max: 500, text: "≤500 MB" },
    ),
  },
  {
    key: "domElements",
    label: "DOM elements",
    get: (f) => f.domElements,
    digits: 0,
    ratio: true,
    target: allSizes({ max: 3000, text: "≤3000" }),
  },
  {
    key: "filterMs",
    label: "country filter latency (ms)",
    get: (f) => f.filterMs,
    digits: 0,
    target: { 100000: { max: 100, text: "≤100 ms" }, 1000000: { max: 300, text: "≤300 ms" } },
  },
  {
    key: "searchMs",
    label: "search latency (ms)",
    get: (f) => f.searchMs,
    digits: 0,
    target: { 100000: { max: 100, text: "≤100 ms" }, 1000000: { max: 300, text: "≤300 ms" } },
  },
  {
    key: "appGzipKB",
    label: "app JS+CSS gzip (KB)",
    get: (f) => f.bytes?.appJsCss.gzipKB,
    digits: 1,
    // Issue 4's budget is for the built-in view; at other sizes lazily loaded code counts too.
    target: { builtin: { max: 100, text: "≤100 KB" } },
  },
  { key: "appRawKB", label: "app JS+CSS raw (KB)", get: (f) => f.bytes?.appJsCss.rawKB, digits: 1 },
  {
    key: "datasetGzipKB",
    label: "dataset gzip (KB)",
    get: (f) => f.bytes?.dataset.gzipKB,
    digits: 0,
  },
  { key: "datasetRawKB", label: "dataset raw (KB)", get: (f) => f.bytes?.dataset.rawKB, digits: 0 },
  {
    key: "totalGzipKB",
    label: "all bytes gzip (KB)",
    get: (f) => f.bytes?.total.gzipKB,
    digits: 1,
    ratio: true,
  },
  {
    key: "totalRawKB",
    label: "all bytes raw (KB)",
    get: (f) => f.bytes?.total.rawKB,
    digits: 1,
    ratio: true,
  },
  // The machine's speed in the same run (blank page only): read ready times across days with it.
  {
    key: "referenceParseMs",
    label: "machine reference: JSON.parse 4 MB (ms)",
    get: (f) => f.referenceParseMs,
    digits: 1,
  },
];

export function median(values) {
  const sorted = values
    .filter((v) => typeof v === "number" && Number.isFinite(v))
    .sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** { blank: { readyMs, … }, 1000: { … }, … }: each figure's median over the runs that had it. */
export function mediansByTarget(runs, targets) {
  return Object.fromEntries(
    targets.map((target) => {
      const mine = runs.filter((run) => run.target === target);
      const figures = Object.fromEntries(
        ROWS.filter((row) => !row.derived).map((row) => [row.key, median(mine.map(row.get))]),
      );
      const ready = mine.filter((run) => run.readyMs !== undefined).length;
      const notReady = mine.find((run) => run.notReady)?.notReady;
      return [target, { ...figures, runs: mine.length, readyRuns: ready, notReady }];
    }),
  );
}

/**
 * Each size's ready time, and its first paint, over the built-in view's ready time in the same
 * round of runs (runs are interleaved: blank, built-in, each size, then again), the median of
 * those ratios. Fills `readyOfBuiltin` and `firstPaintOfBuiltin` into the medians.
 */
export function addRatiosToBuiltin(medians, runs) {
  const rounds = new Map();
  for (const run of runs) {
    if (run.run === undefined || run.readyMs === undefined) continue;
    if (!rounds.has(run.run)) rounds.set(run.run, {});
    rounds.get(run.run)[run.target] = run;
  }
  // Both over the built-in view's ready time: its first paint is its ready.
  const ratios = (target, figure) =>
    median(
      [...rounds.values()]
        .filter((round) => round.builtin && round[target]?.[figure] !== undefined)
        .map((round) => round[target][figure] / round.builtin.readyMs),
    );
  for (const [target, figures] of Object.entries(medians)) {
    if (target === "blank" || target === "builtin") continue;
    figures.readyOfBuiltin = ratios(target, "readyMs");
    figures.firstPaintOfBuiltin = ratios(target, "firstPaintMs");
    figures.completeOfBuiltin = ratios(target, "completeMs");
  }
  return medians;
}

/** A row's target for a column: "1000000 ACLED" (bench --acled) has the 1,000,000 one. */
const targetFor = (row, size) => row.target?.[size] ?? row.target?.[Number.parseInt(size, 10)];

/** Whether each figure meets issue 4's target: { 1000: { readyMs: { target, value, met } } }. */
export function checkTargets(medians, columns) {
  const blank = medians.blank ?? {};
  return Object.fromEntries(
    columns.map((size) => {
      const checks = {};
      for (const row of ROWS) {
        const target = targetFor(row, size);
        const value = medians[size]?.[row.key];
        if (!target || value === null || value === undefined) continue;
        const compared = target.ofBlank ? value / blank[row.key] : value;
        checks[row.key] = {
          target: target.text,
          value,
          met: compared <= target.max + (target.slack ?? 0),
        };
      }
      return [size, checks];
    }),
  );
}

const format = (value, digits) =>
  value === null || value === undefined
    ? "—"
    : value.toLocaleString("en-US", {
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
      });

function ratioText(value, blank) {
  if (!blank || value === null || value === undefined) return "";
  const ratio = value / blank;
  return ` (${ratio >= 100 ? Math.round(ratio).toLocaleString("en-US") : ratio.toFixed(ratio >= 10 ? 0 : 1)}×)`;
}

const columnName = (column) =>
  column === "builtin" ? "built-in view" : `${column.toLocaleString("en-US")} events`;

/**
 * The table as Markdown: a row per figure, a column for the blank page, the built-in view and
 * each size.
 */
export function renderTable(medians, checks, columns) {
  const blank = medians.blank ?? {};
  const header = ["figure (median of runs)", "blank", ...columns.map(columnName)];
  const rows = ROWS.map((row) => [
    row.label,
    format(blank[row.key], row.digits),
    ...columns.map((size) => {
      const figures = medians[size];
      if (!figures?.readyRuns) {
        return row.key === "readyMs" ? (figures?.notReady ?? "not measured") : "—";
      }
      const value = figures[row.key];
      let cell = format(value, row.digits);
      if (row.ratio) cell += ratioText(value, blank[row.key]);
      const check = checks[size]?.[row.key];
      if (check) cell += ` ${check.met ? "✓" : "✗"} ${check.target}`;
      else if (targetFor(row, size)) cell += ` (target ${targetFor(row, size).text})`;
      return cell;
    }),
  ]);
  const widths = header.map((_, i) => Math.max(...[header, ...rows].map((r) => r[i].length)));
  const line = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(" | ")} |`;
  return [
    line(header),
    `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`,
    ...rows.map(line),
  ].join("\n");
}
