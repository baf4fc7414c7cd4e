import { parseUrlState } from "./url-state";

/** How a change enters history: selection pushes, everything else replaces (always, in embed mode). */
export type HistoryMode = "push" | "replace";

export interface UrlStore {
  subscribe(listener: () => void): () => void;
  /** The current query string, without "?". */
  getSnapshot(): string;
  /** The query string as the address bar last brought it (page load, Back or Forward). */
  getOpenedSnapshot(): string;
  set(search: string, mode: HistoryMode): void;
}

// Browsers throttle history calls (Chrome allows about 200 in 10 s), and a wheel zoom fires one
// event per frame: replacements are written at most this often, the last one always.
const REPLACE_INTERVAL_MS = 200;

/**
 * The query string as an external store. The address bar is the source of truth; the store only
 * lets rapid replacements (zoom, pan, typing) reach React at once and the address bar a moment later.
 */
export function createUrlStore(win: Window): UrlStore {
  let search = win.location.search.replace(/^\?/, "");
  let opened = search;
  const listeners = new Set<() => void>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastWrite = 0;

  const href = (query: string) =>
    `${win.location.pathname}${query ? `?${query}` : ""}${win.location.hash}`;
  const notify = () => listeners.forEach((listener) => listener());
  const flush = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    lastWrite = Date.now();
    if (win.location.search.replace(/^\?/, "") !== search)
      win.history.replaceState(win.history.state, "", href(search));
  };

  win.addEventListener("popstate", () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    search = win.location.search.replace(/^\?/, "");
    opened = search;
    notify();
  });

  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: () => search,
    getOpenedSnapshot: () => opened,
    set(next, mode) {
      // Inside a host page's iframe, an entry pushed here would be a step of the host's Back
      // button: choosing events in an embed must leave the host's history as it was.
      if (mode === "push" && !parseUrlState(next).embed) {
        if (next === search) return;
        flush();
        search = next;
        win.history.pushState(null, "", href(next));
        notify();
        return;
      }
      if (next === search) return;
      search = next;
      notify();
      const wait = REPLACE_INTERVAL_MS - (Date.now() - lastWrite);
      if (wait <= 0) flush();
      else timer ??= setTimeout(flush, wait);
    },
  };
}
