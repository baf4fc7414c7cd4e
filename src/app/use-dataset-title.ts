import { useEffect, useRef } from "react";
import { isolate } from "../domain/bidi";

/**
 * The open dataset's title: named in the tab, and focused when another dataset opens in the
 * page. Returns the ref for the title's heading.
 */
export function useDatasetTitle(title: string, datasetUrl: string) {
  // Another dataset opened in the page (a file, Back, Forward) is new content: reading starts at
  // its title, and focus is not left on a control that may have gone.
  const titleRef = useRef<HTMLHeadingElement>(null);
  // Keyed by address, not by value: a draft is a new value after every edit, and focus must
  // stay in the field being typed in.
  const shownDataset = useRef(datasetUrl);
  useEffect(() => {
    if (shownDataset.current === datasetUrl) return;
    shownDataset.current = datasetUrl;
    titleRef.current?.focus();
  }, [datasetUrl]);
  // The tab names the open dataset, so a reader with several open can tell them apart; isolated,
  // so a right-to-left override in the title cannot reverse " · Sourceline".
  useEffect(() => {
    document.title = `${isolate(title)} · Sourceline`;
  }, [title]);
  return titleRef;
}
