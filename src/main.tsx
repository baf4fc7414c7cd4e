import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { createLoadStore } from "./data/load-store";
import { Root } from "./app/Root";
import { LoadStoreProvider } from "./app/use-load";
import { createUrlStore, type UrlStore } from "./app/url-store";
import "./styles.css";

const loads = createLoadStore();
// A TimelineJS link to an event (#event-…) opens that event here too. Its reader loads only for
// such a link: every other page starts without waiting for it, or paying for its code.
if (/^#event-/.test(location.hash)) {
  void import("./app/timelinejs-link")
    .then(({ searchWithTimelineJsEvent }) => {
      const mapped = searchWithTimelineJsEvent(location.search.replace(/^\?/, ""), location.hash);
      if (mapped !== undefined)
        history.replaceState(history.state, "", `${location.pathname}?${mapped}`);
    })
    // A reader that cannot load leaves the link as it came; the page opens all the same.
    .catch(() => undefined)
    .then(start);
} else start();

function start() {
  const store = createUrlStore(window);
  render(store);
}

function render(store: UrlStore) {
  const root = document.getElementById("root");
  if (!root) return;
  createRoot(root).render(
    <StrictMode>
      <LoadStoreProvider value={loads}>
        <Root store={store} />
      </LoadStoreProvider>
    </StrictMode>,
  );
}
