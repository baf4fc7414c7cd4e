import { useLayoutEffect, useState, type RefObject } from "react";

/** The rendered width of an element, kept current as it resizes. */
export function useElementWidth(ref: RefObject<HTMLElement | null>, fallback = 800): number {
  return useElementExtent(ref, "clientWidth", fallback);
}

/** The rendered height of an element (a scroller's visible height), kept current as it resizes. */
export function useElementHeight(ref: RefObject<HTMLElement | null>, fallback: number): number {
  return useElementExtent(ref, "clientHeight", fallback);
}

// `fallback` before the element is measured, and where nothing is laid out (jsdom).
function useElementExtent(
  ref: RefObject<HTMLElement | null>,
  extent: "clientWidth" | "clientHeight",
  fallback: number,
): number {
  const [size, setSize] = useState(fallback);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => setSize(element[extent] || fallback);
    measure();
    if (typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, extent, fallback]);
  return size;
}
