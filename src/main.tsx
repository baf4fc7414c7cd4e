import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { StrictMode, useSyncExternalStore } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/App";
import { searchWithTimelineJsEvent } from "./app/timelinejs-link";
import { createUrlStore } from "./app/url-store";
import { PaneBoundary } from "./ui/PaneBoundary";
import "./styles.css";

const queryClient = new QueryClient({
  defaultOptions: { queries: { refetchOnWindowFocus: false } },
});
// A TimelineJS link to an event (#event-…) opens that event here too.
const mapped = searchWithTimelineJsEvent(location.search.replace(/^\?/, ""), location.hash);
if (mapped !== undefined) history.replaceState(history.state, "", `${location.pathname}?${mapped}`);
const store = createUrlStore(window);
// The whole page's last line of defence: Back or Forward (a new address) tries again by itself,
// and the built-in timeline is always a way out, so a crash on bad data never leaves a dead end.
function Root() {
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
const root = document.getElementById("root");
if (root) {
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <Root />
      </QueryClientProvider>
    </StrictMode>,
  );
}
