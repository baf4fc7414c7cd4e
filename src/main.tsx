import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { StrictMode } from "react";
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
const root = document.getElementById("root");
if (root) {
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <PaneBoundary name="Sourceline">
          <App store={store} />
        </PaneBoundary>
      </QueryClientProvider>
    </StrictMode>,
  );
}
