import { useSyncExternalStore } from "react";

function subscribe(onChange: () => void): () => void {
  globalThis.addEventListener("resize", onChange);
  return () => globalThis.removeEventListener("resize", onChange);
}

// A string, so the snapshot is equal between resizes and React does not re-render for nothing.
const snapshot = () => `${globalThis.innerWidth}x${globalThis.innerHeight}`;

/** The browser window's inner size, kept current as it resizes. */
export function useViewportSize(): { readonly width: number; readonly height: number } {
  const size = useSyncExternalStore(subscribe, snapshot, () => "1366x768");
  const [width, height] = size.split("x").map(Number);
  return { width: width ?? 1366, height: height ?? 768 };
}
