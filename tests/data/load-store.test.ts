import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createLoadStore, FORGET_AFTER_MS, type Network } from "../../src/data/load-store";

/** A network a test switches on and off. */
function aNetwork(online = true) {
  const listeners = new Set<() => void>();
  const network: Network = {
    isOnline: () => online,
    subscribe(onChange) {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
  };
  const set = (value: boolean) => {
    online = value;
    listeners.forEach((listener) => listener());
  };
  return { network, set };
}

/** A load a test answers by hand, recording each signal it was given. */
function aLoad() {
  const signals: AbortSignal[] = [];
  const answers: { resolve: (value: string) => void; reject: (error: Error) => void }[] = [];
  const load = (signal: AbortSignal) => {
    signals.push(signal);
    return new Promise<string>((resolve, reject) => answers.push({ resolve, reject }));
  };
  return { load, signals, answers };
}

const settle = () => vi.advanceTimersByTimeAsync(0);

describe("the store of loads", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("shows what a load has read so far while it is pending, then its value, and forgets it when cancelled or tried again", async () => {
    const store = createLoadStore(aNetwork().network);
    const tells: ((data: string) => void)[] = [];
    const answers: { resolve: (value: string) => void; reject: (error: Error) => void }[] = [];
    const load = (_signal: AbortSignal, partial: (data: string) => void) => {
      tells.push(partial);
      return new Promise<string>((resolve, reject) => answers.push({ resolve, reject }));
    };
    const retry = () => true;
    store.fetch({ key: "p", load, retry });
    tells[0]?.("first rows");
    expect(store.state("p")).toEqual({ status: "pending", paused: false, partial: "first rows" });
    answers[0]?.reject(new Error("connection reset"));
    await settle();
    expect(store.state("p")).toEqual({ status: "pending", paused: false });
    await vi.advanceTimersByTimeAsync(1_000);
    answers[1]?.resolve("all rows");
    await settle();
    expect(store.state("p")).toEqual({ status: "success", data: "all rows" });

    store.refetch({ key: "p", load });
    tells[2]?.("again");
    store.cancel("p");
    // A reading cancelled and still telling is not heard.
    tells[2]?.("late");
    expect(store.state("p")).toEqual({ status: "pending", paused: false });
  });

  it("keeps what a load had read when it fails for good, and drops it on Retry", async () => {
    const store = createLoadStore(aNetwork().network);
    const tells: ((data: string) => void)[] = [];
    const answers: { reject: (error: Error) => void }[] = [];
    const load = (_signal: AbortSignal, partial: (data: string) => void) => {
      tells.push(partial);
      return new Promise<string>((_resolve, reject) => answers.push({ reject }));
    };
    store.fetch({ key: "p", load, retry: () => false });
    tells[0]?.("first rows");
    answers[0]?.reject(new Error("stopped sending"));
    await settle();
    expect(store.state("p")).toEqual({
      status: "error",
      error: new Error("stopped sending"),
      partial: "first rows",
    });
    store.refetch({ key: "p", load, retry: () => false });
    expect(store.state("p")).toEqual({ status: "pending", paused: false });
    // A load that had read nothing fails with nothing to show.
    answers[1]?.reject(new Error("down"));
    await settle();
    expect(store.state("p")).toEqual({ status: "error", error: new Error("down") });
  });

  it("loads a key once however many ask, and shows its value to each", async () => {
    const store = createLoadStore(aNetwork().network);
    const { load, signals, answers } = aLoad();
    const heard = vi.fn();
    store.subscribe("a", heard);
    store.fetch({ key: "a", load });
    store.fetch({ key: "a", load });
    expect(store.state("a")).toEqual({ status: "pending", paused: false });
    answers[0]?.resolve("value");
    await settle();
    store.fetch({ key: "a", load });
    expect(signals).toHaveLength(1);
    expect(store.state("a")).toEqual({ status: "success", data: "value" });
    expect(heard).toHaveBeenCalled();
  });

  it("tries a failure again 1 s, then 2 s later while `retry` says so, then shows the error", async () => {
    const store = createLoadStore(aNetwork().network);
    const { load, signals, answers } = aLoad();
    store.subscribe("a", () => undefined);
    store.fetch({ key: "a", load, retry: (failures) => failures < 2 });
    answers[0]?.reject(new Error("down"));
    await vi.advanceTimersByTimeAsync(999);
    expect(signals).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    answers[1]?.reject(new Error("down"));
    await vi.advanceTimersByTimeAsync(2000);
    expect(signals).toHaveLength(3);
    expect(store.state("a")).toEqual({ status: "pending", paused: false });
    answers[2]?.reject(new Error("still down"));
    await settle();
    expect(store.state("a")).toEqual({ status: "error", error: new Error("still down") });
  });

  it("starts again from pending on Retry, and a failed load tries again when asked for anew", async () => {
    const store = createLoadStore(aNetwork().network);
    const { load, signals, answers } = aLoad();
    store.subscribe("a", () => undefined);
    store.fetch({ key: "a", load });
    answers[0]?.reject(new Error("down"));
    await settle();
    store.refetch({ key: "a", load });
    expect(store.state("a")).toEqual({ status: "pending", paused: false });
    answers[1]?.reject(new Error("down"));
    await settle();
    store.fetch({ key: "a", load });
    expect(signals).toHaveLength(3);
  });

  it("waits while offline, says so, and loads once the network is back", async () => {
    const { network, set } = aNetwork(false);
    const store = createLoadStore(network);
    const { load, signals, answers } = aLoad();
    store.subscribe("a", () => undefined);
    store.fetch({ key: "a", load, online: true });
    expect(store.state("a")).toEqual({ status: "pending", paused: true });
    expect(signals).toHaveLength(0);
    set(true);
    await settle();
    expect(store.state("a")).toEqual({ status: "pending", paused: false });
    answers[0]?.resolve("value");
    await settle();
    expect(store.state("a")).toEqual({ status: "success", data: "value" });
  });

  it("loads what needs no network while offline", async () => {
    const store = createLoadStore(aNetwork(false).network);
    const { load, answers } = aLoad();
    store.subscribe("a", () => undefined);
    store.fetch({ key: "a", load });
    answers[0]?.resolve("value");
    await settle();
    expect(store.state("a")).toEqual({ status: "success", data: "value" });
  });

  it("cancels: the load's signal ends, and the next ask starts it afresh", async () => {
    const store = createLoadStore(aNetwork().network);
    const { load, signals } = aLoad();
    store.subscribe("a", () => undefined);
    store.fetch({ key: "a", load });
    store.cancel("a");
    expect(signals[0]?.aborted).toBe(true);
    store.fetch({ key: "a", load });
    expect(signals).toHaveLength(2);
    expect(signals[1]?.aborted).toBe(false);
  });

  it("ends a load nothing shows any more, but not when it is watched again at once", async () => {
    const store = createLoadStore(aNetwork().network);
    const { load, signals } = aLoad();
    store.fetch({ key: "a", load });
    // React's StrictMode: unsubscribe, then subscribe again straight away.
    store.subscribe("a", () => undefined)();
    const stop = store.subscribe("a", () => undefined);
    await settle();
    expect(signals[0]?.aborted).toBe(false);
    stop();
    await settle();
    expect(signals[0]?.aborted).toBe(true);
  });

  it("forgets a value nothing shows after a while, unless it is kept", async () => {
    const store = createLoadStore(aNetwork().network);
    store.set("a", "a value");
    store.set("b", "b value");
    store.fetch({ key: "b", load: () => Promise.resolve("again"), keep: true });
    store.subscribe("a", () => undefined)();
    store.subscribe("b", () => undefined)();
    await vi.advanceTimersByTimeAsync(FORGET_AFTER_MS - 1);
    expect(store.state("a")).toEqual({ status: "success", data: "a value" });
    await vi.advanceTimersByTimeAsync(1);
    expect(store.state("a")).toEqual({ status: "pending", paused: false });
    expect(store.state("b")).toEqual({ status: "success", data: "b value" });
  });
});
