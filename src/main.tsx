import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { StrictMode, useSyncExternalStore } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/App";
import { createUrlStore, type UrlStore } from "./app/url-store";
import { PaneBoundary } from "./ui/PaneBoundary";
import "./styles.css";

const queryClient = new QueryClient({
  defaultOptions: { queries: { refetchOnWindowFocus: false } },
});
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

// The whole page's last line of defence: Back or Forward (a new address) tries again by itself,
// and the built-in timeline is always a way out, so a crash on bad data never leaves a dead end.
function Root({ store }: { store: UrlStore }) {
  const search = useSyncExternalStore(store.subscribe, store.getSnapshot);
  return (
    <PaneBoundary
      name="Sourceline"
      resetKey={search}
      wayOut={
        <p>
          <a href="?">Open the built-in timeline</a>, or go Back: your link is kept in the history.
        </p>
      }
    >
      <App store={store} />
    </PaneBoundary>
  );
}
function render(store: UrlStore) {
  const root = document.getElementById("root");
  if (!root) return;
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <Root store={store} />
      </QueryClientProvider>
    </StrictMode>,
  );
}
