import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { vi } from "vitest";
import { App } from "../src/app/App";
import { createUrlStore } from "../src/app/url-store";

export const PUBLIC = join(dirname(fileURLToPath(import.meta.url)), "../public");

type Route = (path: string) => Response | Promise<Response> | undefined;

/** Serves files from public/ as a static host would; `route` may answer first (faults, other data). */
export function serveStatic(route: Route = () => undefined) {
  const fetchMock = vi.fn(async (input: RequestInfo | URL) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    const routed = await route(url.pathname + url.search);
    if (routed) return routed;
    try {
      return new Response(readFileSync(join(PUBLIC, decodeURIComponent(url.pathname)), "utf8"));
    } catch {
      return new Response("Not found", { status: 404, statusText: "Not Found" });
    }
  });
  vi.stubGlobal("fetch", fetchMock);
  return fetchMock;
}

/** Renders the whole app at `/?search`, with a fresh query client (no retries) and the URL store. */
export function renderApp(search = "", route?: Route) {
  window.history.replaceState(null, "", `/${search ? `?${search}` : ""}`);
  serveStatic(route);
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const store = createUrlStore(window);
  const user = userEvent.setup();
  const view = render(
    <QueryClientProvider client={client}>
      <App store={store} />
    </QueryClientProvider>,
  );
  return { ...view, user, store, client };
}
