import { useEffect, useRef } from "react";
import type { Step } from "../domain/navigation";
import { ZOOM_STEP } from "./model/view-transitions";

interface ViewKeys {
  readonly step: (step: Step) => void;
  readonly zoom: (factor: number) => void;
  readonly pan: (direction: -1 | 1) => void;
}

const STEPS: Record<string, Step> = {
  ArrowLeft: "previous",
  ArrowRight: "next",
  Home: "first",
  End: "last",
};

/** Whether a key press belongs to the element that has focus (typing, or scrolling the article). */
function ownsKeys(target: EventTarget | null, key: string): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement) return true;
  if (target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement)
    return !["checkbox", "radio", "button"].includes(target.type);
  return (key === "Home" || key === "End") && target.getAttribute("role") === "region";
}

/**
 * The explorer's keys, from anywhere on the page that does not need them itself: ←/→ and
 * Home/End step through events, + and − zoom, Shift+←/→ pan.
 */
export function useViewKeys(keys: ViewKeys) {
  const latest = useRef(keys);
  useEffect(() => {
    latest.current = keys;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      if (ownsKeys(event.target, event.key)) return;
      const { step, zoom, pan } = latest.current;
      const to = STEPS[event.key];
      if (event.shiftKey && (event.key === "ArrowLeft" || event.key === "ArrowRight")) {
        pan(event.key === "ArrowLeft" ? -1 : 1);
      } else if (to && !event.shiftKey) step(to);
      else if (event.key === "+" || event.key === "=") zoom(1 / ZOOM_STEP);
      else if (event.key === "-" || event.key === "_") zoom(ZOOM_STEP);
      else return;
      event.preventDefault();
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, []);
}
