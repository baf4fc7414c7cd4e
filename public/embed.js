// @ts-check
// Sourceline's host-page script (DESIGN.md, "Embedding"): sizes each `iframe[data-sourceline]`
// to its content and mirrors its selected event into this page's hash (`#sourceline=<id>`, or
// `#<name>=<id>` for `data-sourceline="<name>"`) and back. Frames are looked up as messages
// arrive, so frames added later need nothing and no DOMContentLoaded wait is needed. No globals;
// included twice, it runs once.
(function sourcelineEmbed() {
  var ONCE = Symbol.for("sourceline.embed");
  var host = /** @type {Record<symbol, unknown>} */ (/** @type {unknown} */ (window));
  if (host[ONCE]) return;
  host[ONCE] = true;

  var MIN_HEIGHT = 80;
  var MAX_HEIGHT = 20000;
  // Per frame: whether it listens yet (its first select), and the event it shows.
  /** @type {WeakMap<HTMLIFrameElement, { ready: boolean, shown: string | null }>} */
  var states = new WeakMap();

  /** @param {HTMLIFrameElement} frame */
  function keyOf(frame) {
    return frame.getAttribute("data-sourceline") || "sourceline";
  }

  /** @param {HTMLIFrameElement} frame */
  function originOf(frame) {
    try {
      return new URL(frame.src, location.href).origin;
    } catch {
      return "null";
    }
  }

  /** @param {string} text */
  function decode(text) {
    try {
      return decodeURIComponent(text);
    } catch {
      return text;
    }
  }

  // Each `&`-separated part of the hash keeps its text; only our keys' parts are rewritten.
  function hashParts() {
    return location.hash
      .slice(1)
      .split("&")
      .filter(Boolean)
      .map(function (part) {
        var at = part.indexOf("=");
        return {
          part: part,
          key: at > 0 ? decode(part.slice(0, at)) : null,
          value: part.slice(at + 1),
        };
      });
  }

  /** @param {string} key */
  function readHash(key) {
    var found = hashParts().filter(function (entry) {
      return entry.key === key;
    })[0];
    return found && found.value ? decode(found.value) : null;
  }

  // replaceState: choices in a frame never fill the host's Back button.
  /** @param {string} key @param {string | null} event */
  function writeHash(key, event) {
    var pair = encodeURIComponent(key) + "=" + encodeURIComponent(event || "");
    var written = false;
    var parts = [];
    hashParts().forEach(function (entry) {
      if (entry.key !== key) parts.push(entry.part);
      else if (!written && event) parts.push(pair);
      if (entry.key === key) written = true;
    });
    if (!written && event) parts.push(pair);
    var hash = parts.length ? "#" + parts.join("&") : "";
    if (hash === location.hash) return;
    history.replaceState(history.state, "", location.pathname + location.search + hash);
  }

  /** @param {HTMLIFrameElement} frame @param {string} event */
  function tell(frame, event) {
    var target = frame.contentWindow;
    if (target)
      target.postMessage({ source: "sourceline", type: "select", event: event }, originOf(frame));
  }

  /** @returns {HTMLIFrameElement[]} */
  function frames() {
    return Array.prototype.slice.call(document.querySelectorAll("iframe[data-sourceline]"));
  }

  /** @param {unknown} data */
  function isMessage(data) {
    if (typeof data !== "object" || data === null) return false;
    var message = /** @type {Record<string, unknown>} */ (data);
    if (message.source !== "sourceline") return false;
    if (message.type === "resize")
      return typeof message.height === "number" && isFinite(message.height);
    var event = message.event;
    return (
      message.type === "select" &&
      (event === null || (typeof event === "string" && event.length > 0 && event.length <= 500))
    );
  }

  window.addEventListener("message", function (message) {
    var frame = frames().filter(function (candidate) {
      return candidate.contentWindow === message.source && originOf(candidate) === message.origin;
    })[0];
    if (!frame || !isMessage(message.data)) return;
    var data = message.data;
    var key = keyOf(frame);
    var state = states.get(frame) || { ready: false, shown: null };
    states.set(frame, state);
    if (data.type === "resize") {
      var height = Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, Math.round(data.height)));
      frame.style.height = height + "px";
      return;
    }
    state.shown = data.event;
    // Sent before the frame's first select, a message may be lost while its data loads; the
    // event this page's hash names wins over the frame's own.
    if (!state.ready) {
      state.ready = true;
      var wanted = readHash(key);
      if (wanted && wanted !== data.event) return tell(frame, wanted);
    }
    writeHash(key, data.event);
  });

  window.addEventListener("hashchange", function () {
    frames().forEach(function (frame) {
      var state = states.get(frame);
      var wanted = readHash(keyOf(frame));
      if (state && state.ready && wanted && wanted !== state.shown) tell(frame, wanted);
    });
  });
})();
