// @vitest-environment jsdom
// (It reads the page's hash and history, and frames' windows, which only a DOM has.)
import { readFileSync } from "node:fs";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

// The host page's script (public/embed.js), run as a browser runs it, with frames that do not
// load: their windows are jsdom's blank ones, and their messages are dispatched by hand.
const HERE = import.meta.url;
const script = readFileSync(new URL("../../public/embed.js", HERE), "utf8");
const APP = "https://app.example";

beforeAll(() => {
  new Function(script)();
  // Included twice, it runs once: the messages below would otherwise be answered twice.
  new Function(script)();
});

beforeEach(() => {
  document.body.replaceChildren();
  history.replaceState(null, "", "/article.html");
});

function aFrame(name = "", src = `${APP}/?embed=1`) {
  const frame = document.createElement("iframe");
  frame.setAttribute("data-sourceline", name);
  frame.src = src;
  document.body.append(frame);
  const target = frame.contentWindow;
  if (!target) throw new Error("jsdom gave the frame no window");
  const told = vi.spyOn(target, "postMessage").mockImplementation(() => undefined);
  const say = (data: unknown, origin = APP, source: Window | null = target) =>
    window.dispatchEvent(new MessageEvent("message", { data, origin, source }));
  return { frame, told, say };
}

const select = (event: string | null) => ({ source: "sourceline", type: "select", event });
const resize = (height: unknown) => ({ source: "sourceline", type: "resize", height });

describe("the embed script", () => {
  it("sizes the frame to the height it reports, in whole px within a sane range", () => {
    const { frame, say } = aFrame();
    say(resize(812.4));
    expect(frame.style.height).toBe("812px");
    say(resize(3));
    expect(frame.style.height).toBe("80px");
    say(resize(1e9));
    expect(frame.style.height).toBe("20000px");
    for (const height of [Number.NaN, "900", null]) say(resize(height));
    expect(frame.style.height).toBe("20000px");
  });

  it("mirrors the frame's selection into the hash, keeping the rest, without history entries", () => {
    history.replaceState(null, "", "/article.html?page=2#intro");
    const { say } = aFrame();
    const entries = history.length;
    say(select("taliban-take-kabul"));
    expect(location.hash).toBe("#intro&sourceline=taliban-take-kabul");
    say(select("a b/c"));
    expect(location.hash).toBe("#intro&sourceline=a%20b%2Fc");
    say(select(null));
    expect(location.hash).toBe("#intro");
    expect(location.search).toBe("?page=2");
    expect(history.length).toBe(entries);
  });

  it("keys several frames by name in one hash", () => {
    const first = aFrame("kabul");
    const second = aFrame("doha");
    first.say(select("fall"));
    second.say(select("talks"));
    expect(location.hash).toBe("#kabul=fall&doha=talks");
    first.say(select(null));
    expect(location.hash).toBe("#doha=talks");
  });

  it("ignores other windows, other origins and malformed messages", () => {
    const { frame, say } = aFrame();
    say(select("x"), "https://evil.example");
    say(select("x"), APP, window);
    for (const data of ["select x", null, { source: "other", type: "select", event: "x" }])
      say(data);
    say({ source: "sourceline", type: "select", event: 7 });
    say({ source: "sourceline", type: "move", event: "x" });
    expect(location.hash).toBe("");
    expect(frame.style.height).toBe("");
  });

  it("opens the event the hash names once the frame listens, and on every hash change", () => {
    history.replaceState(null, "", "/article.html#sourceline=moscow");
    const { told, say } = aFrame();
    say(resize(600));
    expect(told).not.toHaveBeenCalled();
    say(select("lavrov"));
    expect(told).toHaveBeenCalledTimes(1);
    expect(told).toHaveBeenLastCalledWith(select("moscow"), APP);
    // The frame's own first event does not overwrite the one asked for.
    expect(location.hash).toBe("#sourceline=moscow");
    say(select("moscow"));
    location.hash = "#sourceline=doha";
    window.dispatchEvent(new HashChangeEvent("hashchange"));
    expect(told).toHaveBeenCalledTimes(2);
    expect(told).toHaveBeenLastCalledWith(select("doha"), APP);
  });

  it("finds frames added after it ran", () => {
    const late = aFrame("late", "/?embed=1");
    late.say(select("e1"), location.origin);
    expect(location.hash).toBe("#late=e1");
  });
});
