// @vitest-environment jsdom
// (It reads the page's address, document.baseURI or history, which only a DOM has.)
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createUrlStore } from "../../src/app/url-store";

const address = () => `${window.location.pathname}${window.location.search}${window.location.hash}`;

/** A store over the jsdom window, with a spy on its subscribers. */
function setup() {
  const store = createUrlStore(window);
  const listener = vi.fn();
  store.subscribe(listener);
  return { store, listener };
}

function goTo(path: string) {
  window.history.replaceState(null, "", path);
  window.dispatchEvent(new PopStateEvent("popstate"));
}

beforeEach(() => {
  window.history.replaceState(null, "", "/");
});

afterEach(() => {
  vi.useRealTimers();
});

describe("createUrlStore", () => {
  it("starts from the query string in the address bar, without its ?", () => {
    window.history.replaceState(null, "", "/?event=taliban-take-kabul");
    const store = createUrlStore(window);
    expect(store.getSnapshot()).toBe("event=taliban-take-kabul");
    expect(store.getOpenedSnapshot()).toBe("event=taliban-take-kabul");
  });

  it("pushes a history entry at once and notifies subscribers", () => {
    const pushState = vi.spyOn(window.history, "pushState");
    const { store, listener } = setup();
    store.set("event=taliban-take-kabul", "push");
    expect(pushState).toHaveBeenCalledTimes(1);
    expect(pushState).toHaveBeenCalledWith(null, "", "/?event=taliban-take-kabul");
    expect(address()).toBe("/?event=taliban-take-kabul");
    expect(store.getSnapshot()).toBe("event=taliban-take-kabul");
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it("in embed mode replaces where it would push, so the host page's history never grows", () => {
    vi.useFakeTimers();
    window.history.replaceState(null, "", "/?embed=1");
    const pushState = vi.spyOn(window.history, "pushState");
    const { store, listener } = setup();
    const entries = window.history.length;
    store.set("event=taliban-take-kabul&embed=1", "push");
    expect(address()).toBe("/?event=taliban-take-kabul&embed=1");
    store.set("event=lavrov-mangoush-press-conference&embed=1", "push");
    vi.advanceTimersByTime(200);
    expect(address()).toBe("/?event=lavrov-mangoush-press-conference&embed=1");
    expect(pushState).not.toHaveBeenCalled();
    expect(window.history.length).toBe(entries);
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it("keeps the address the page was opened at apart from later changes", () => {
    const { store } = setup();
    store.set("event=taliban-take-kabul", "push");
    store.set("q=kabul", "replace");
    expect(store.getOpenedSnapshot()).toBe("");
  });

  it("shows a replacement to subscribers at once and writes the address bar at most every 200 ms, the last one winning", () => {
    vi.useFakeTimers();
    const replaceState = vi.spyOn(window.history, "replaceState");
    const { store, listener } = setup();

    // Nothing has been written for a while: the first replacement goes straight through.
    store.set("q=k", "replace");
    expect(address()).toBe("/?q=k");
    expect(replaceState).toHaveBeenCalledTimes(1);

    store.set("q=ka", "replace");
    vi.advanceTimersByTime(100);
    store.set("q=kab", "replace");
    expect(store.getSnapshot()).toBe("q=kab");
    expect(listener).toHaveBeenCalledTimes(3);
    expect(address()).toBe("/?q=k");
    expect(replaceState).toHaveBeenCalledTimes(1);

    vi.advanceTimersByTime(99);
    expect(address()).toBe("/?q=k");
    vi.advanceTimersByTime(1);
    expect(address()).toBe("/?q=kab");
    expect(replaceState).toHaveBeenCalledTimes(2);

    vi.advanceTimersByTime(1000);
    expect(replaceState).toHaveBeenCalledTimes(2);
  });

  it("counts a push as a write: a replacement right after it waits out the interval", () => {
    vi.useFakeTimers();
    const { store } = setup();
    store.set("event=taliban-take-kabul", "push");
    store.set("event=taliban-take-kabul&q=kabul", "replace");
    expect(store.getSnapshot()).toBe("event=taliban-take-kabul&q=kabul");
    expect(address()).toBe("/?event=taliban-take-kabul");
    vi.advanceTimersByTime(200);
    expect(address()).toBe("/?event=taliban-take-kabul&q=kabul");
  });

  it("replaces a history entry rather than adding one", () => {
    vi.useFakeTimers();
    const pushState = vi.spyOn(window.history, "pushState");
    const { store } = setup();
    const length = window.history.length;
    store.set("q=k", "replace");
    store.set("q=ka", "replace");
    vi.advanceTimersByTime(200);
    expect(pushState).not.toHaveBeenCalled();
    expect(window.history.length).toBe(length);
  });

  it("writes a pending replacement before pushing, so the entry left behind is up to date", () => {
    vi.useFakeTimers();
    const replaceState = vi.spyOn(window.history, "replaceState");
    const pushState = vi.spyOn(window.history, "pushState");
    const { store } = setup();
    store.set("q=k", "replace");
    store.set("q=kabul", "replace");
    expect(address()).toBe("/?q=k");

    store.set("q=kabul&event=taliban-take-kabul", "push");
    expect(replaceState).toHaveBeenLastCalledWith(null, "", "/?q=kabul");
    expect(pushState).toHaveBeenCalledWith(null, "", "/?q=kabul&event=taliban-take-kabul");
    const [lastReplace] = replaceState.mock.invocationCallOrder.slice(-1);
    const [push] = pushState.mock.invocationCallOrder;
    expect(lastReplace).toBeLessThan(push ?? 0);

    // The pending write was the one just made: nothing overwrites the pushed entry later.
    vi.advanceTimersByTime(1000);
    expect(replaceState).toHaveBeenCalledTimes(2);
    expect(address()).toBe("/?q=kabul&event=taliban-take-kabul");
  });

  it("takes the address on Back or Forward and notifies subscribers", () => {
    const { store, listener } = setup();
    store.set("event=taliban-take-kabul", "push");
    listener.mockClear();

    goTo("/?event=lavrov-calls-for-dialogue");
    expect(store.getSnapshot()).toBe("event=lavrov-calls-for-dialogue");
    expect(store.getOpenedSnapshot()).toBe("event=lavrov-calls-for-dialogue");
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it("drops a pending replacement on Back, so it cannot overwrite the entry gone back to", () => {
    vi.useFakeTimers();
    const { store } = setup();
    store.set("q=k", "replace");
    store.set("q=kabul", "replace");

    goTo("/?event=taliban-take-kabul");
    vi.advanceTimersByTime(1000);
    expect(address()).toBe("/?event=taliban-take-kabul");
    expect(store.getSnapshot()).toBe("event=taliban-take-kabul");
  });

  it("keeps the path and the hash when it writes the query string", () => {
    vi.useFakeTimers();
    window.history.replaceState(null, "", "/sourceline/?q=kabul#about");
    const { store } = setup();
    store.set("event=taliban-take-kabul", "push");
    expect(address()).toBe("/sourceline/?event=taliban-take-kabul#about");
    store.set("q=moscow", "replace");
    vi.advanceTimersByTime(200);
    expect(address()).toBe("/sourceline/?q=moscow#about");
  });

  it("writes no ? for an empty query string", () => {
    vi.useFakeTimers();
    window.history.replaceState(null, "", "/sourceline/?q=kabul#about");
    const { store } = setup();
    store.set("", "replace");
    expect(address()).toBe("/sourceline/#about");
    store.set("event=taliban-take-kabul", "push");
    store.set("", "push");
    expect(address()).toBe("/sourceline/#about");
  });

  it("does nothing when the query string is set to what it already is", () => {
    vi.useFakeTimers();
    const pushState = vi.spyOn(window.history, "pushState");
    const replaceState = vi.spyOn(window.history, "replaceState");
    const { store, listener } = setup();

    store.set("event=taliban-take-kabul", "push");
    store.set("event=taliban-take-kabul", "push");
    store.set("event=taliban-take-kabul", "replace");
    vi.advanceTimersByTime(1000);
    expect(pushState).toHaveBeenCalledTimes(1);
    expect(replaceState).not.toHaveBeenCalled();
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it("stops notifying a subscriber that unsubscribed", () => {
    const store = createUrlStore(window);
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    unsubscribe();
    store.set("event=taliban-take-kabul", "push");
    goTo("/?q=kabul");
    expect(listener).not.toHaveBeenCalled();
  });
});
