import { useCallback, useState } from "react";
import { cutText, MAX_SEARCH_CHARS } from "../../domain/search-length";

/**
 * Cuts search text to the length a link can carry before it reaches the URL, and remembers that
 * it did, so the box can say so: a paste of a whole book must not make the link unreadable.
 */
export function useSearchCap(onQueryChange: (query: string) => void) {
  const [cut, setCut] = useState(false);
  const change = useCallback(
    (text: string) => {
      const over = text.length > MAX_SEARCH_CHARS;
      setCut(over);
      onQueryChange(over ? cutText(text, MAX_SEARCH_CHARS) : text);
    },
    [onQueryChange],
  );
  return { cut, change };
}

export const SEARCH_CAP_NOTE = `Search holds up to ${MAX_SEARCH_CHARS} characters; the rest of what you typed or pasted was left out.`;
