import { useSyncExternalStore } from "react";
import { PaneBoundary } from "../ui/PaneBoundary";
import { App } from "./App";
import type { UrlStore } from "./url-store";

// The whole page's last line of defence: Back or Forward (a new address) tries again by itself,
// and the built-in timeline is always a way out, so a crash on bad data never leaves a dead end.
// An embed's way out stays an embed. Read with URLSearchParams, not the app's own parser, which
// may be what failed.
export function Root({ store }: { store: UrlStore }) {
  const search = useSyncExternalStore(store.subscribe, store.getSnapshot);
  const builtIn = new URLSearchParams(search).get("embed") === "1" ? "?embed=1" : "?";
  return (
    <PaneBoundary
      name="Sourceline"
      resetKey={search}
      wayOut={
        <p>
          <a href={builtIn}>Open the built-in timeline</a>, or go Back: your link is kept in the
          history.
        </p>
      }
    >
      <App store={store} />
    </PaneBoundary>
  );
}
