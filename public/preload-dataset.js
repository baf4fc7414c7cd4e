// @ts-check
// Starts downloading the dataset the address names (and, for the built-in one, its article) as
// the page starts, instead of once the app's script has loaded and run: a large dataset then
// arrives, and its first events are read, while the script is still being compiled. A dataset
// the `data` parameter names is fetched by the app's reading Worker, started here; the built-in
// one is preloaded, and the app's own fetch is answered from the preload. A plain blocking
// script, not a module or async, so it surely runs before the app asks (the browser fetches the
// app's script and styles meanwhile); it only gets a head start, so anything it gets wrong costs
// a download, never a wrong view.
(function preloadDataset() {
  // The `data` parameter read as the app reads it (src/app/url-state.ts): any case, the first one,
  // trimmed; empty or over 2,000 characters, or in an address over 100,000, it is not there.
  var search = location.search.length > 100000 ? "" : location.search;
  /** @type {string | null} */
  var data = null;
  for (var [key, value] of new URLSearchParams(search)) {
    if (key.toLowerCase() === "data") {
      data = value.trim();
      break;
    }
  }
  if (data !== null && (data.length === 0 || data.length > 2000)) data = null;
  // A published site (npm run publish) carries its own dataset, with its texts inline.
  var published = document.querySelector('meta[name="sourceline-site"]') !== null;
  var addresses =
    data === null && published
      ? ["./datasets/timeline.json"]
      : data === null
        ? [
            "./datasets/kabul-2021.json",
            "./sources/presstv-2021-08-19-lavrov-afghanistan-dialogue.txt",
          ]
        : [data];
  for (var i = 0; i < addresses.length; i++) {
    var url;
    try {
      url = new URL(/** @type {string} */ (addresses[i]), document.baseURI);
    } catch {
      continue; // The app explains an address it cannot read.
    }
    // A file kept in this browser (data=local:…) or an address the app refuses is not fetched.
    if (url.protocol !== "http:" && url.protocol !== "https:") continue;
    // A dataset the address names may be large: fetched and read in a Worker from now on.
    if (data !== null && readAhead(url.href)) continue;
    var link = document.createElement("link");
    link.rel = "preload";
    link.as = "fetch";
    // As the app's fetch() asks (CORS, no credentials across origins), or it would not match.
    link.crossOrigin = "anonymous";
    link.href = url.href;
    document.head.appendChild(link);
  }

  /**
   * Starts the app's reading Worker on the dataset at `address` (src/data/serve-fetch-ahead.ts):
   * it downloads the dataset and reads its first events while the app's script loads and
   * compiles, instead of after. The app takes it over (src/data/read-ahead.ts) and hears what it
   * told meanwhile, kept here. False where there is no Worker to start (the dev server names
   * none: it builds the Worker on demand), so that the download is only preloaded.
   * @param {string} address
   */
  function readAhead(address) {
    var named = document.querySelector('meta[name="sourceline-reading-worker"]');
    var script = named && named.getAttribute("content");
    if (!script || typeof Worker === "undefined") return false;
    /** @type {Worker} */
    var worker;
    try {
      worker = new Worker(new URL(script, document.baseURI), { type: "module" });
    } catch {
      return false;
    }
    /** @type {unknown[]} */
    var heard = [];
    // Until the app listens, every message is kept: one no one listens for is lost.
    worker.onmessage = function (event) {
      heard.push(event.data);
    };
    /** @type {Promise<boolean>} */
    var running = new Promise(function (resolve) {
      worker.addEventListener("message", function (/** @type {MessageEvent} */ event) {
        if (event.data && event.data.type === "ready") resolve(true);
      });
      // One that cannot start (a policy forbids it) leaves the download to the app.
      worker.addEventListener("error", function (/** @type {Event} */ event) {
        event.preventDefault();
        resolve(false);
      });
    });
    worker.postMessage({ type: "fetch-ahead", address: address });
    Object.defineProperty(window, "sourcelineReadAhead", {
      value: { address: address, worker: worker, running: running, ahead: { heard: heard } },
      configurable: true,
      writable: true,
    });
    return true;
  }
})();
