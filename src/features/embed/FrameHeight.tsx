import { useEffect } from "react";
import { resizeMessage } from "./frame-messages";

/**
 * Tells the host page how tall this document is, on every change of its size, so the host can
 * make the iframe exactly that tall (no inner scroll bar, no gap). Only inside a frame.
 */
export default function FrameHeight() {
  useEffect(() => {
    if (window.parent === window || typeof ResizeObserver === "undefined") return;
    const root = document.documentElement;
    let last: number | undefined;
    // The root's own box, not its scrollHeight: that never drops below the frame's height, so
    // a frame once made taller could never shrink back to its content.
    const observer = new ResizeObserver(() => {
      const message = resizeMessage(root.getBoundingClientRect().height);
      if (message.height === last) return;
      last = message.height;
      window.parent.postMessage(message, "*");
    });
    observer.observe(root);
    return () => observer.disconnect();
  }, []);
  return null;
}
