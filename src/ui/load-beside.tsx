import { createElement, lazy, Suspense, type ComponentType, type ReactNode } from "react";
import { PaneBoundary } from "./PaneBoundary";

/**
 * A component kept out of the page's first script, for UI the first paint of the built-in view
 * never shows (a chosen event's details, a dataset's warnings). Its chunk is asked for as soon as
 * the calling module runs, beside the dataset's download, so it is in by the time the UI is
 * wanted and is then drawn at once: no fallback, no shift. Should it still be on its way, the
 * fallback shows meanwhile; should it fail to load, `name` says what could not be shown.
 */
export function loadBeside<P extends object>(
  load: () => Promise<ComponentType<P>>,
  name: string,
  fallback: ReactNode = null,
): ComponentType<P> {
  let loaded: ComponentType<P> | undefined;
  const loading = load().then((component) => (loaded = component));
  // Reported where the component would be (below), not as an unhandled rejection.
  loading.catch(() => undefined);
  const Pending = lazy(() => loading.then((component) => ({ default: component })));
  return function LoadedBeside(props: P) {
    if (loaded) return createElement(loaded, props);
    return (
      <PaneBoundary name={name}>
        <Suspense fallback={fallback}>{createElement(Pending, props)}</Suspense>
      </PaneBoundary>
    );
  };
}
