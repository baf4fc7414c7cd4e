import { useEffect, useRef } from "react";
import type { EventId } from "../../domain/types";
import { readHostMessage, selectMessage } from "./frame-messages";

interface FrameSelectionProps {
  readonly selectedId: EventId | undefined;
  readonly hasEvent: (id: string) => boolean;
  readonly onSelect: (id: EventId) => void;
}

/**
 * The selection, both ways between an embed and its host page: the frame says which event is
 * selected (on load and on every change), and selects the event a host message names.
 */
export function FrameSelection({ selectedId, hasEvent, onSelect }: FrameSelectionProps) {
  const latest = useRef({ selectedId, hasEvent, onSelect });
  useEffect(() => {
    latest.current = { selectedId, hasEvent, onSelect };
  });

  useEffect(() => {
    if (window.parent === window) return;
    window.parent.postMessage(selectMessage(selectedId), "*");
  }, [selectedId]);

  useEffect(() => {
    if (window.parent === window) return;
    // Only the page that holds this frame may choose its event; any origin may embed it, so
    // the sender is told by its window, not its address.
    const onMessage = (event: MessageEvent<unknown>) => {
      if (event.source !== window.parent) return;
      const { selectedId, hasEvent, onSelect } = latest.current;
      const id = readHostMessage(event.data, hasEvent);
      if (id !== undefined && id !== selectedId) onSelect(id);
    };
    window.addEventListener("message", onMessage);
    return () => window.removeEventListener("message", onMessage);
  }, []);
  return null;
}
