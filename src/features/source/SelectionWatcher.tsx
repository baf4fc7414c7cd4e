import type { SelectionWatcherProps } from "./ArticlePane";
import { useTextSelection } from "./use-text-selection";

/**
 * Tells `onTextSelected` what the reader selects in the article pane (see useTextSelection).
 * A component an editor hands the pane, so the pane's own code stays without it.
 */
export function SelectionWatcher({ root, onTextSelected }: SelectionWatcherProps) {
  useTextSelection(root, onTextSelected);
  return null;
}
