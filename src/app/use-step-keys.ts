import { useEffect, useRef } from "react";
import type { Step } from "../domain/navigation";

const KEYS: Record<string, Step> = {
  ArrowLeft: "previous",
  ArrowRight: "next",
  Home: "first",
  End: "last",
};

/**
 * ←/→ and Home/End step through events from anywhere on the page that does not use those keys
 * itself (text fields, the timeline's own handler, links and buttons keep them).
 */
export function useStepKeys(onStep: (step: Step) => void) {
  const latest = useRef(onStep);
  useEffect(() => {
    latest.current = onStep;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const step = KEYS[event.key];
      if (
        !step ||
        event.defaultPrevented ||
        event.altKey ||
        event.ctrlKey ||
        event.metaKey ||
        event.shiftKey
      )
        return;
      const target = event.target;
      if (
        target instanceof HTMLElement &&
        target !== document.body &&
        !target.classList.contains("article__body")
      )
        return;
      event.preventDefault();
      latest.current(step);
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, []);
}
