import { render } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { vi } from "vitest";
import { App } from "../src/app/App";
import { LoadStoreProvider } from "../src/app/use-load";
import { createUrlStore } from "../src/app/url-store";
import { createLoadStore } from "../src/data/load-store";

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

/** Renders the whole app at `/?search`, with a fresh store of loads and the URL store. */
export function renderApp(search = "", route?: Route) {
  window.history.replaceState(null, "", `/${search ? `?${search}` : ""}`);
  serveStatic(route);
  const loads = createLoadStore();
  const store = createUrlStore(window);
  const user = userEvent.setup();
  const view = render(
    <LoadStoreProvider value={loads}>
      <App store={store} />
    </LoadStoreProvider>,
  );
  return { ...view, user, store, loads };
}
