// One benchmark run: a fresh Chromium opens one page (the app with a dataset, or the blank page)
// and measures ready time, frames while zooming and panning, heap, DOM size, filter and search
// latency, and the bytes it downloaded.
import { chromium } from "@playwright/test";
import { CHROMIUM_FLAGS as BROWSER_TEST_FLAGS } from "../tools/chromium-flags.mjs";

/** The browser tests' flags (playwright.config.ts), plus precise heap figures and window.gc(). */
export const CHROMIUM_FLAGS = [
  ...BROWSER_TEST_FLAGS,
  "--enable-precise-memory-info",
  "--js-flags=--expose-gc",
];
export const VIEWPORT = { width: 1440, height: 900 };
export const READY_TIMEOUT_MS = 60_000;
export const GESTURE_MS = 2_000;
export const FRAME_BUDGET_MS = 16.7;
// Chromium rounds rAF timestamps to 0.1 ms, so a frame exactly one 60 Hz vsync long reads as
// 16.6–16.8 ms (two as 33.2–33.5). Frame figures get this much slack before counting as slow.
export const FRAME_JITTER_MS = 0.5;
const STEP_MS = 16;
const SETTLE_MS = 500;
const STEP_TIMEOUT_MS = 60_000;
const LATENCY_TIMEOUT_MS = 30_000;

export const chromePath = () => process.env.CHROME_PATH ?? "/usr/bin/chromium";

export class NotReadyError extends Error {}

/**
 * Measures one page in its own browser. `target` is { blank: true, path },
 * { builtin: true, light: true, path } (the app's own 16-event dataset: load figures only) or
 * { size, path, searchWord }. Resolves to the run's figures; `notReady` is set when the app did
 * not mark itself ready in time, `failures` lists steps that broke (the harness's fault or the
 * app's markup changing under it). The browser is always closed.
 */
export async function measureRun(origin, target, { readyTimeoutMs = READY_TIMEOUT_MS } = {}) {
  const name = target.blank ? "blank" : target.builtin ? "builtin" : target.size;
  const figures = { target: name, errors: [], failures: [] };
  const started = Date.now();
  const browser = await chromium.launch({ executablePath: chromePath(), args: CHROMIUM_FLAGS });
  try {
    figures.chromium = browser.version();
    const context = await browser.newContext({ viewport: VIEWPORT });
    const page = await context.newPage();
    page.on("pageerror", (error) => figures.errors.push(`page error: ${error.message}`));
    page.on("console", (message) => {
      if (message.type() === "error") figures.errors.push(`console: ${message.text()}`);
    });
    // Long tasks from the first script on: the longest is how long the page could not answer
    // a click while the dataset loaded (issue 15: at most 50 ms).
    await context.addInitScript(() => {
      window.__benchLongTasks = [];
      try {
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) {
            window.__benchLongTasks.push({ start: entry.startTime, ms: entry.duration });
          }
        }).observe({ type: "longtask", buffered: true });
      } catch {
        // No Long Tasks API: the figure is left out.
      }
    });
    const cdp = await context.newCDPSession(page);
    const network = trackNetwork(cdp);
    await cdp.send("Network.enable");

    await page.goto(origin + target.path, { waitUntil: "commit", timeout: READY_TIMEOUT_MS });
    try {
      figures.readyMs = await waitForReady(page, target.blank, readyTimeoutMs);
    } catch (error) {
      if (!(error instanceof NotReadyError)) throw error;
      figures.notReady = error.message;
      return figures;
    }
    // A large export opens on the events read so far ("ready"); the figures below are taken
    // once every event is shown ("complete"), so none is of a part of the dataset.
    if (!target.blank) {
      try {
        figures.completeMs = await waitForMark(page, "sourceline:complete", readyTimeoutMs);
      } catch (error) {
        if (!(error instanceof NotReadyError)) throw error;
        figures.notReady = `not complete: ${error.message}`;
        return figures;
      }
    }
    const loaded = figures.completeMs ?? figures.readyMs;
    if (!target.blank) figures.loading = await loadingSteps(page).catch(() => undefined);
    if (!target.blank) figures.firstPaintMs = await firstPaint(page).catch(() => undefined);
    figures.longestTaskMs = await longestTaskUntil(page, loaded).catch(() => undefined);
    await page.waitForTimeout(SETTLE_MS);
    figures.bytes = network.totals();

    const step = async (name, fn) => {
      try {
        figures[name] = await withTimeout(fn(), STEP_TIMEOUT_MS, name);
      } catch (error) {
        figures[name] = null;
        figures.failures.push(`${name}: ${error.message.split("\n")[0]}`);
      }
    };
    await step("heapMB", () => heapAfterGc(page));
    await step("domElements", () => page.evaluate(() => document.getElementsByTagName("*").length));
    // A worker's heap is not in performance.memory: say how many were alive when it was read.
    figures.workers = page.workers().length;
    if (target.light) return figures;
    if (target.blank) await step("referenceParseMs", () => referenceParse(page));
    const at = target.blank ? viewportCentre() : await plotCentre(page).catch(() => undefined);
    if (!at) figures.failures.push("zoom/pan: no .timeline__plot on the page");
    else {
      await step("zoom", () => framesDuring(page, () => wheelZoom(page, at)));
      await step("pan", () => framesDuring(page, () => dragPan(page, at)));
    }
    if (!target.blank) {
      await step("filterMs", () => filterLatency(page));
      await step("searchMs", () => searchLatency(page, target.searchWord));
    }
    return figures;
  } finally {
    figures.wallMs = Date.now() - started;
    await withTimeout(browser.close(), 30_000, "closing the browser").catch((error) =>
      figures.failures.push(error.message),
    );
  }
}

/** The longest main-thread task that started before `readyMs` (ms), 0 when none passed 50 ms. */
async function longestTaskUntil(page, readyMs) {
  const tasks = await page.evaluate(() => window.__benchLongTasks ?? null);
  if (!tasks) return undefined;
  return tasks
    .filter((task) => task.start <= readyMs)
    .reduce((max, task) => Math.max(max, task.ms), 0);
}

/** ms from navigation start to the app's "sourceline:ready" mark (blank page: its load end). */
function waitForReady(page, blank, timeoutMs) {
  return blank
    ? waitForMark(page, undefined, timeoutMs)
    : waitForMark(page, "sourceline:ready", timeoutMs);
}

/** ms from navigation start to the app's mark `name` (none: the page's load end). */
async function waitForMark(page, name, timeoutMs) {
  let handle;
  try {
    handle = await page.waitForFunction(
      (name) => {
        if (!name) {
          const nav = performance.getEntriesByType("navigation")[0];
          return nav && nav.loadEventEnd > 0 ? { ms: nav.loadEventEnd } : false;
        }
        const mark = performance.getEntriesByName(name)[0];
        if (mark) return { ms: mark.startTime };
        const error = document.querySelector(".state--error");
        return error ? { error: error.textContent.slice(0, 300) } : false;
      },
      name,
      { timeout: timeoutMs, polling: 100 },
    );
  } catch (error) {
    if (error.name === "TimeoutError") {
      throw new NotReadyError(`not ready within ${timeoutMs / 1000} s`);
    }
    throw error;
  }
  const result = await handle.jsonValue();
  if (result.error) throw new NotReadyError(`the app shows an error: ${result.error}`);
  return result.ms;
}

/**
 * Where the ready time went: `start`, navigation start → the first loading step (HTML, the app's
 * scripts, React's first render); the app's `sourceline:<step>` measures (fetch, parse, validate,
 * build; ms each); and `render`, from the end of the last step to ready (the explorer's render,
 * layout and first frame).
 */
async function loadingSteps(page) {
  return page.evaluate(() => {
    const steps = {};
    let lastEnd = 0;
    for (const entry of performance.getEntriesByType("measure")) {
      if (!entry.name.startsWith("sourceline:")) continue;
      const step = entry.name.slice("sourceline:".length);
      steps[step] = (steps[step] ?? 0) + entry.duration;
      // The Worker's search texts are worked out after the dataset is handed over, beside the render.
      if (step === "search texts") continue;
      steps.start = Math.min(steps.start ?? Infinity, entry.startTime);
      lastEnd = Math.max(lastEnd, entry.startTime + entry.duration);
    }
    // The whole dataset's, for an export whose first events were shown while it was read.
    const shown =
      performance.getEntriesByName("sourceline:complete")[0] ??
      performance.getEntriesByName("sourceline:ready")[0];
    if (shown && lastEnd > 0) steps.render = shown.startTime - lastEnd;
    return steps;
  });
}

/**
 * ms from navigation start to the first frame showing the dataset's events: the loading
 * screen's preview of their start times (a large dataset), or the explorer itself.
 */
async function firstPaint(page) {
  return page.evaluate(() => {
    const mark = performance.getEntriesByName("sourceline:first-paint")[0];
    return mark ? mark.startTime : undefined;
  });
}

async function heapAfterGc(page) {
  const bytes = await page.evaluate(() => {
    if (typeof window.gc !== "function") throw new Error("window.gc is missing (--expose-gc)");
    window.gc();
    window.gc();
    return performance.memory.usedJSHeapSize;
  });
  return bytes / 1024 / 1024;
}

/**
 * How fast this machine is right now, on the kind of work that dominates a large load: the median
 * of 5 `JSON.parse` calls on the same 4 MB of event-like JSON, in the blank page. Ready times from
 * different days compare only alongside it: the same build has measured 1.6 s and 2.6 s at
 * 100,000 events on this shared machine.
 */
async function referenceParse(page) {
  return page.evaluate(() => {
    const events = [];
    for (let i = 0; i < 10_000; i++) {
      events.push({
        id: `e-${i}`,
        title: `Reference event number ${i} with a title of ordinary length`,
        summary: "A summary sentence of the length most datasets use, with “quotes” in it. ".repeat(
          2,
        ),
        countries: ["AF", "US", "RU"].slice(0, 1 + (i % 3)),
        when: { start: `20${String(10 + (i % 12)).padStart(2, "0")}-0${1 + (i % 9)}-1${i % 10}` },
        quotes: [
          { sourceId: `s-${i % 500}`, start: i % 997, end: (i % 997) + 40, exact: "x".repeat(40) },
        ],
      });
    }
    const text = JSON.stringify({ version: 1, events });
    const times = [];
    for (let run = 0; run < 5; run++) {
      const start = performance.now();
      JSON.parse(text);
      times.push(performance.now() - start);
    }
    return times.sort((a, b) => a - b)[2];
  });
}

const viewportCentre = () => ({ x: VIEWPORT.width / 2, y: VIEWPORT.height / 2 });

async function plotCentre(page) {
  const box = await page.locator(".timeline__plot").first().boundingBox({ timeout: 5_000 });
  if (!box) throw new Error("no .timeline__plot");
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/**
 * Runs a gesture while a requestAnimationFrame loop in the page records each frame's timestamp
 * (the rAF callback's argument: the frame's start); returns the intervals' median, p95 and the
 * share of dropped frames: intervals longer than one 60 Hz frame (16.7 ms + FRAME_JITTER_MS).
 * droppedStrictPct counts every interval over 16.7 ms, rounding noise included.
 */
async function framesDuring(page, gesture) {
  await page.evaluate(() => {
    const bench = { stamps: [], running: true };
    window.__benchFrames = bench;
    const loop = (time) => {
      if (!bench.running) return;
      bench.stamps.push(time);
      requestAnimationFrame(loop);
    };
    requestAnimationFrame(loop);
  });
  await gesture();
  // One more frame, so the work the last input caused is counted.
  const stamps = await page.evaluate(
    () =>
      new Promise((resolve) =>
        requestAnimationFrame(() => {
          window.__benchFrames.running = false;
          resolve(window.__benchFrames.stamps);
        }),
      ),
  );
  const intervals = stamps.slice(1).map((time, i) => time - stamps[i]);
  return frameStats(intervals);
}

export function frameStats(intervals) {
  const sorted = [...intervals].sort((a, b) => a - b);
  const quantile = (q) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
  return {
    frames: intervals.length,
    medianMs: sorted.length ? quantile(0.5) : null,
    p95Ms: sorted.length ? quantile(0.95) : null,
    droppedPct: share(intervals, FRAME_BUDGET_MS + FRAME_JITTER_MS),
    droppedStrictPct: share(intervals, FRAME_BUDGET_MS),
    intervals: intervals.map((ms) => Math.round(ms * 10) / 10),
  };
}

const share = (intervals, overMs) =>
  intervals.length ? (100 * intervals.filter((ms) => ms > overMs).length) / intervals.length : null;

/** Every 16 ms for 2 s: a wheel notch (deltaY ±120), 8 in then 8 out, over the plot's centre. */
async function wheelZoom(page, { x, y }) {
  await page.mouse.move(x, y);
  await paced(async (i) => page.mouse.wheel(0, Math.floor(i / 8) % 2 === 0 ? -120 : 120));
}

/** Press in the plot's centre, move 12 px every 16 ms for 2 s (300 px one way, then back), release. */
async function dragPan(page, { x, y }) {
  await page.mouse.move(x, y);
  await page.mouse.down();
  let at = x;
  await paced(async (i) => {
    at += Math.floor(i / 25) % 2 === 0 ? 12 : -12;
    await page.mouse.move(at, y);
  });
  await page.mouse.up();
}

/** Calls step(i) every STEP_MS (or as soon as the last one returns) until GESTURE_MS is up. */
async function paced(step) {
  const end = performance.now() + GESTURE_MS;
  for (let i = 0; performance.now() < end; i++) {
    const tick = performance.now();
    await step(i);
    const wait = STEP_MS - (performance.now() - tick);
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  }
}

/**
 * How latency is measured, inside the page: a capture listener on window takes the triggering
 * input event's own timeStamp (Playwright's real click, or the input event page.fill dispatches)
 * as the start. A MutationObserver on the filter summary's section watches the "All N events" /
 * "Showing N of M events" status until it reads what we wait for; then one requestAnimationFrame,
 * and inside it a MessageChannel message, which runs after that frame's style, layout and paint.
 * The end is performance.now() there: the time until the changed view is on screen.
 */
async function armLatency(page, eventType, expect) {
  await page.evaluate(
    ({ eventType, expect, timeoutMs }) => {
      const statusRe = /^(All .* events|Showing .* of .* events)$/;
      const find = () =>
        [...document.querySelectorAll("[role=status]")].find((el) =>
          statusRe.test(el.textContent.trim()),
        );
      const status = find();
      if (!status) throw new Error('no "All N events" status on the page');
      const before = status.textContent.trim();
      const done = (text) =>
        expect === "changed" ? text !== before : new RegExp(expect).test(text);
      window.__benchLatency = new Promise((resolve) => {
        let start;
        let finished = false;
        const observer = new MutationObserver(() => {
          const text = (status.isConnected ? status : find())?.textContent.trim() ?? "";
          if (start === undefined || finished || !done(text)) return;
          finished = true;
          observer.disconnect();
          requestAnimationFrame(() => {
            const channel = new MessageChannel();
            channel.port1.onmessage = () => resolve({ ms: performance.now() - start, text });
            channel.port2.postMessage(null);
          });
        });
        observer.observe(status.closest("section") ?? document.body, {
          subtree: true,
          childList: true,
          characterData: true,
        });
        window.addEventListener(eventType, (event) => (start = event.timeStamp), {
          capture: true,
          once: true,
        });
        setTimeout(() => {
          if (finished) return;
          observer.disconnect();
          resolve({ error: `the status still read "${before}" after ${timeoutMs / 1000} s` });
        }, timeoutMs);
      });
    },
    { eventType, expect, timeoutMs: LATENCY_TIMEOUT_MS },
  );
}

async function latencyResult(page) {
  const result = await page.evaluate(() => window.__benchLatency);
  if (result.error) throw new Error(result.error);
  return result.ms;
}

/** Click the first country checkbox, time it, then untick it again. */
async function filterLatency(page) {
  const checkbox = page
    .locator("fieldset", { has: page.locator("legend", { hasText: /^Countries$/ }) })
    .locator('input[type="checkbox"]')
    .first();
  await checkbox.scrollIntoViewIfNeeded({ timeout: 5_000 });
  await armLatency(page, "click", "^Showing .* of .* events$");
  await checkbox.click({ timeout: 5_000 });
  const ms = await latencyResult(page);
  await armLatency(page, "click", "^All .* events$");
  await checkbox.click({ timeout: 5_000 });
  await latencyResult(page);
  return ms;
}

/** Fill the search box with a word some events contain, time it, then empty it again. */
async function searchLatency(page, word) {
  const box = page.getByRole("searchbox", { name: "Search events" });
  await box.scrollIntoViewIfNeeded({ timeout: 5_000 });
  // Until the result is shown: a large dataset's status reads "Searching…" while its Worker looks.
  await armLatency(page, "input", "^Showing .* of .* events$");
  await box.fill(word, { timeout: 5_000 });
  const ms = await latencyResult(page);
  await armLatency(page, "input", "^All .* events$");
  await box.fill("", { timeout: 5_000 });
  await latencyResult(page);
  return ms;
}

/**
 * Sums bytes per response from CDP: encoded (on the wire, gzip, headers included) from
 * Network.loadingFinished, decoded (raw body) from Network.dataReceived.
 */
function trackNetwork(cdp) {
  const requests = new Map();
  const entry = (id) => {
    if (!requests.has(id)) requests.set(id, { url: "", type: "", encoded: 0, decoded: 0 });
    return requests.get(id);
  };
  cdp.on("Network.responseReceived", ({ requestId, type, response }) => {
    Object.assign(entry(requestId), { url: response.url, type });
  });
  cdp.on("Network.dataReceived", ({ requestId, dataLength }) => {
    entry(requestId).decoded += dataLength;
  });
  cdp.on("Network.loadingFinished", ({ requestId, encodedDataLength }) => {
    Object.assign(entry(requestId), { encoded: encodedDataLength, finished: true });
  });
  return {
    totals() {
      const sum = (filter) => {
        const chosen = [...requests.values()].filter((r) => r.finished && filter(r));
        return {
          gzipKB: chosen.reduce((total, r) => total + r.encoded, 0) / 1024,
          rawKB: chosen.reduce((total, r) => total + r.decoded, 0) / 1024,
          files: chosen.length,
        };
      };
      return {
        appJsCss: sum((r) => r.type === "Script" || r.type === "Stylesheet"),
        // What the app fetch()es: the dataset, and source texts when a source has a textUrl.
        // The page's first script preloads the dataset, which the network reports as "Other"
        // (as it does the favicon).
        dataset: sum(
          (r) =>
            r.type === "Fetch" ||
            r.type === "XHR" ||
            (r.type === "Other" && !/\/favicon\.[a-z]+$/.test(new URL(r.url).pathname)),
        ),
        total: sum(() => true),
        urls: [...requests.values()].map(({ url, type, encoded, decoded }) => ({
          url,
          type,
          encoded,
          decoded,
        })),
      };
    },
  };
}

function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
