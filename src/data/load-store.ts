/**
 * What one load shows: still loading (`paused` while it waits for the network; with `partial`,
 * a value of what has been read so far, while the rest comes), its value, or why it failed
 * (with `partial`, what had been read when it did: a download that stops halfway through a
 * large export still shows the events that came).
 */
export type LoadState<T> =
  | { readonly status: "pending"; readonly paused: boolean; readonly partial?: T }
  | { readonly status: "success"; readonly data: T }
  | { readonly status: "error"; readonly error: Error; readonly partial?: T };

/** A load: its key (one load per key, shared by all who ask) and how to do it. */
export interface LoadOptions<T> {
  readonly key: string;
  /** Loads the value; `partial` shows a value of what has been read so far until it settles. */
  readonly load: (signal: AbortSignal, partial: (data: T) => void) => Promise<T>;
  /** Whether to try again after `failures` failed tries (0 after the first): 1 s, 2 s, 4 s… later. */
  readonly retry?: (failures: number, error: Error) => boolean;
  /** Whether the load needs the network: while the browser is offline, it waits instead. */
  readonly online?: boolean;
  /** Kept for the whole visit, even when nothing shows it (a value only this store holds). */
  readonly keep?: boolean;
}

/** Whether the browser is online, and word when that changes. */
export interface Network {
  readonly isOnline: () => boolean;
  readonly subscribe: (onChange: () => void) => () => void;
}

/** How long a value nothing shows is kept, so Back to it needs no second load. */
export const FORGET_AFTER_MS = 5 * 60_000;
const PENDING: LoadState<never> = { status: "pending", paused: false };
const PAUSED: LoadState<never> = { status: "pending", paused: true };

interface Entry {
  state: LoadState<unknown>;
  keep: boolean;
  watchers: Set<() => void>;
  controller?: AbortController;
  forget?: ReturnType<typeof setTimeout>;
}

/** Loads kept by key, outside React: the app's hook subscribes to one key and renders its state. */
export type LoadStore = ReturnType<typeof createLoadStore>;

/** A store of loads; `network` is the browser's unless a test gives another. */
export function createLoadStore(network: Network = browserNetwork()) {
  const entries = new Map<string, Entry>();
  const entry = (key: string): Entry => {
    let found = entries.get(key);
    if (!found) entries.set(key, (found = { state: PENDING, keep: false, watchers: new Set() }));
    return found;
  };
  const show = (target: Entry, state: LoadState<unknown>) => {
    target.state = state;
    target.watchers.forEach((watcher) => watcher());
  };
  const waitForNetwork = (signal: AbortSignal) =>
    new Promise<void>((resolve) => {
      const stop = network.subscribe(() => {
        if (!network.isOnline() && !signal.aborted) return;
        stop();
        resolve();
      });
      signal.addEventListener("abort", () => (stop(), resolve()), { once: true });
    });

  async function run<T>(options: LoadOptions<T>, target: Entry, controller: AbortController) {
    const { signal } = controller;
    for (let failures = 0; ; failures++) {
      if (options.online && !network.isOnline()) {
        show(target, PAUSED);
        await waitForNetwork(signal);
        if (signal.aborted) return;
        show(target, PENDING);
      }
      try {
        const partial = (data: unknown) => {
          if (!signal.aborted) show(target, { status: "pending", paused: false, partial: data });
        };
        const data = await options.load(signal, partial);
        if (!signal.aborted) show(target, { status: "success", data });
        return;
      } catch (caught) {
        if (signal.aborted) return;
        const error = caught instanceof Error ? caught : new Error(String(caught));
        if (!options.retry?.(failures, error)) {
          const { state } = target;
          const partial = state.status === "pending" ? state.partial : undefined;
          return show(target, {
            status: "error",
            error,
            ...(partial !== undefined && { partial }),
          });
        }
        // What the failed try had read so far is not shown while the next one starts again.
        if (target.state !== PENDING) show(target, PENDING);
        await sleep(Math.min(1000 * 2 ** failures, 30_000), signal);
        if (signal.aborted) return;
      }
    }
  }

  const start = <T>(options: LoadOptions<T>, target: Entry) => {
    target.controller?.abort();
    const controller = new AbortController();
    target.controller = controller;
    show(target, PENDING);
    void run(options, target, controller).finally(() => {
      if (target.controller === controller) target.controller = undefined;
    });
  };
  // The load ends and goes back to pending: the next one to ask for it starts it afresh.
  const cancel = (key: string) => {
    const found = entries.get(key);
    if (!found?.controller) return;
    found.controller.abort();
    found.controller = undefined;
    show(found, PENDING);
  };

  return {
    /** The load's state now (pending before it starts). */
    state: <T>(key: string) => (entries.get(key)?.state ?? PENDING) as LoadState<T>,
    /** Starts a load unless it has a value or is under way (a failed one tries again). */
    fetch<T>(options: LoadOptions<T>) {
      const target = entry(options.key);
      target.keep ||= Boolean(options.keep);
      if (target.controller || target.state.status === "success") return;
      start(options, target);
    },
    /** Starts the load again, from pending (Retry). */
    refetch<T>(options: LoadOptions<T>) {
      const target = entry(options.key);
      target.keep ||= Boolean(options.keep);
      start(options, target);
    },
    /** Gives a load its value without loading (a file already read). */
    set: <T>(key: string, data: T) => show(entry(key), { status: "success", data }),
    cancel,
    /**
     * Hears a load's changes. When the last listener goes, a load under way ends (nothing would
     * show it: a link left while loading) and a value is forgotten after a while, unless kept.
     */
    subscribe(key: string, watcher: () => void) {
      const target = entry(key);
      clearTimeout(target.forget);
      target.watchers.add(watcher);
      return () => {
        target.watchers.delete(watcher);
        if (target.watchers.size > 0 || target.keep) return;
        // Not at once: React's StrictMode unsubscribes and subscribes again straight away.
        const wait = target.controller ? 0 : FORGET_AFTER_MS;
        target.forget = setTimeout(() => {
          if (target.watchers.size > 0) return;
          cancel(key);
          entries.delete(key);
        }, wait);
      };
    },
  };
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener("abort", () => (clearTimeout(timer), resolve()), { once: true });
  });
}

function browserNetwork(): Network {
  return {
    isOnline: () => typeof navigator === "undefined" || navigator.onLine !== false,
    subscribe(onChange) {
      addEventListener("online", onChange);
      addEventListener("offline", onChange);
      return () => {
        removeEventListener("online", onChange);
        removeEventListener("offline", onChange);
      };
    },
  };
}
