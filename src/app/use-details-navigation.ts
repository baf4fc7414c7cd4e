import { useCallback, useRef, useState, type RefObject } from "react";
import type { EventId } from "../domain/types";
import type { QuoteRequest } from "./ArticleColumn";

/**
 * Moving between the details pane and the article: an event chosen in the list is scrolled to
 * on a phone, "Show in the article" asks the article for a quotation, and the way back returns
 * to that quotation's button in the details.
 */
export function useDetailsNavigation(
  selectedId: EventId | undefined,
  select: (id: EventId) => void,
): {
  readonly detailsRef: RefObject<HTMLDivElement | null>;
  readonly selectFromList: (id: EventId) => void;
  readonly shownQuote: (QuoteRequest & { eventId?: EventId }) | undefined;
  readonly showInArticle: (quoteIndex: number) => void;
  readonly backToDetails: () => void;
  /** Forgets the quotation asked for (another source was chosen to read). */
  readonly forgetShownQuote: () => void;
} {
  const detailsRef = useRef<HTMLDivElement>(null);
  // On a phone the details sit far above the list: an event chosen there is shown by scrolling
  // to its details (focus stays in the list, so ↑/↓ carry on). Where both are on screen, nothing
  // moves.
  const selectFromList = useCallback(
    (id: EventId) => {
      select(id);
      requestAnimationFrame(() => {
        const pane = detailsRef.current;
        const box = pane?.getBoundingClientRect();
        if (pane && box && (box.top < 0 || box.top > globalThis.innerHeight - 80)) {
          pane.scrollIntoView({ block: "start" });
        }
      });
    },
    [select],
  );
  // Which quotation of the selected event was asked for. Not view state (a link need not
  // restore it), and forgotten when another event is chosen.
  const [shownQuote, setShownQuote] = useState<QuoteRequest & { eventId?: EventId }>();
  const showInArticle = useCallback(
    (quoteIndex: number) =>
      setShownQuote((last) => ({
        eventId: selectedId,
        quoteIndex,
        serial: (last?.serial ?? 0) + 1,
      })),
    [selectedId],
  );
  const backToDetails = useCallback(() => {
    const index = shownQuote?.quoteIndex ?? 0;
    setShownQuote(undefined);
    const pane = detailsRef.current;
    const button = pane?.querySelector<HTMLElement>(`.quote__show[data-quote-index="${index}"]`);
    const reduce = globalThis.matchMedia?.("(prefers-reduced-motion: reduce)").matches;
    (button ?? pane)?.scrollIntoView?.({ block: "center", behavior: reduce ? "auto" : "smooth" });
    button?.focus({ preventScroll: true });
  }, [shownQuote]);
  const forgetShownQuote = useCallback(() => setShownQuote(undefined), []);
  return { detailsRef, selectFromList, shownQuote, showInArticle, backToDetails, forgetShownQuote };
}
