// @ts-check
// Starts downloading the dataset the address names (and, for the built-in one, its article) as
// the page starts, instead of once the app's script has loaded and run: a large dataset then
// arrives while the script is still being compiled. The app's own fetch of the same address is
// answered from this preload. A plain blocking script, not a module or async, so it surely runs
// before the app asks (the browser fetches the app's script and styles meanwhile); it only hints,
// so anything it gets wrong costs a download, never a wrong view.
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
    var link = document.createElement("link");
    link.rel = "preload";
    link.as = "fetch";
    // As the app's fetch() asks (CORS, no credentials across origins), or it would not match.
    link.crossOrigin = "anonymous";
    link.href = url.href;
    document.head.appendChild(link);
  }
})();
