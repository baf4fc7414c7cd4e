import { useEffect, useRef, type RefObject } from "react";
import type { TimeWindow } from "../../domain/types";
import { panWindow, zoomWindow, type ZoomBounds } from "../../domain/zoom";

interface Gestures {
  readonly window: TimeWindow;
  readonly bounds: ZoomBounds;
  readonly onWindowChange: (window: TimeWindow) => void;
  /**
   * Inside another page (an embed), a plain vertical wheel scrolls that page, as a reader
   * scrolling through an article expects, and only Ctrl/⌘ + wheel or a pinch zooms; this hears
   * each wheel left to the page, so the plot can say how to zoom.
   */
  readonly wheelScrollsPage?: () => void;
}

const DRAG_THRESHOLD_PX = 5;

/**
 * Wheel zoom anchored at the pointer, drag to pan and two-finger pinch, on one element. Listeners
 * are added once and read the latest window from a ref, so a pan frame does no re-binding.
 */
export function usePlotGestures(ref: RefObject<HTMLElement | null>, gestures: Gestures) {
  const latest = useRef(gestures);
  useEffect(() => {
    latest.current = gestures;
  });

  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const pointers = new Map<number, { x: number; startX: number }>();
    let dragging = false;
    let suppressClick = false;

    const timeAt = (clientX: number) => {
      const { window } = latest.current;
      const rect = element.getBoundingClientRect();
      const ratio = rect.width > 0 ? (clientX - rect.left) / rect.width : 0.5;
      return window.start + ratio * (window.end - window.start);
    };
    const msPerPx = () => {
      const { window } = latest.current;
      return (window.end - window.start) / Math.max(element.clientWidth, 1);
    };

    const onWheel = (event: WheelEvent) => {
      const { window, bounds, onWindowChange, wheelScrollsPage } = latest.current;
      const sideways = Math.abs(event.deltaX) > Math.abs(event.deltaY) && !event.ctrlKey;
      // A trackpad pinch arrives as a wheel with ctrlKey set, so it still zooms.
      if (wheelScrollsPage && !sideways && !event.ctrlKey && !event.metaKey) {
        wheelScrollsPage();
        return;
      }
      event.preventDefault();
      const unit = event.deltaMode === 1 ? 16 : event.deltaMode === 2 ? 400 : 1;
      if (sideways) {
        onWindowChange(panWindow(window, event.deltaX * unit * msPerPx(), bounds));
        return;
      }
      const factor = Math.exp(event.deltaY * unit * (event.ctrlKey ? 0.01 : 0.0015));
      onWindowChange(zoomWindow(window, factor, timeAt(event.clientX), bounds));
    };

    const onPointerDown = (event: PointerEvent) => {
      if (event.button !== 0) return;
      pointers.set(event.pointerId, { x: event.clientX, startX: event.clientX });
      suppressClick = false;
    };
    const onPointerMove = (event: PointerEvent) => {
      const pointer = pointers.get(event.pointerId);
      if (!pointer) return;
      const { window, bounds, onWindowChange } = latest.current;
      if (pointers.size >= 2) {
        const [a, b] = [...pointers.values()];
        if (!a || !b) return;
        const before = Math.abs(a.x - b.x);
        pointer.x = event.clientX;
        const after = Math.abs(a.x - b.x);
        if (before > 10 && after > 10) {
          onWindowChange(zoomWindow(window, before / after, timeAt((a.x + b.x) / 2), bounds));
        }
        dragging = true;
        return;
      }
      if (!dragging && Math.abs(event.clientX - pointer.startX) < DRAG_THRESHOLD_PX) return;
      if (!dragging) {
        dragging = true;
        // Capture only once this is a drag, so a plain click still reaches the event marker.
        element.setPointerCapture?.(event.pointerId);
      }
      const delta = event.clientX - pointer.x;
      pointer.x = event.clientX;
      onWindowChange(panWindow(window, -delta * msPerPx(), bounds));
    };
    const onPointerUp = (event: PointerEvent) => {
      pointers.delete(event.pointerId);
      if (pointers.size === 0) {
        suppressClick = dragging;
        dragging = false;
      }
    };
    // A drag that ends over a marker must not also select it.
    const onClickCapture = (event: MouseEvent) => {
      if (!suppressClick) return;
      suppressClick = false;
      event.stopPropagation();
      event.preventDefault();
    };

    element.addEventListener("wheel", onWheel, { passive: false });
    element.addEventListener("pointerdown", onPointerDown);
    element.addEventListener("pointermove", onPointerMove);
    element.addEventListener("pointerup", onPointerUp);
    element.addEventListener("pointercancel", onPointerUp);
    element.addEventListener("click", onClickCapture, true);
    return () => {
      element.removeEventListener("wheel", onWheel);
      element.removeEventListener("pointerdown", onPointerDown);
      element.removeEventListener("pointermove", onPointerMove);
      element.removeEventListener("pointerup", onPointerUp);
      element.removeEventListener("pointercancel", onPointerUp);
      element.removeEventListener("click", onClickCapture, true);
    };
  }, [ref]);
}
