import type { ReactNode } from "react";
import type { ShownView } from "../domain/shown-view";
import type { EventId, TimelineEvent } from "../domain/types";
import type { ArticleSlot } from "./ArticleColumn";

/** What the explorer lets an editor do to the view. */
export interface ExplorerControls {
  readonly selected: TimelineEvent | undefined;
  /** Chooses an event (a history entry) and brings it into the window. */
  readonly select: (id: EventId) => void;
  /** Scrolls the article to the selected event's quotation and marks it. */
  readonly showInArticle: (quoteIndex: number) => void;
}

/**
 * The places an editor fills: each replaces or joins the explorer's own content there, so the
 * editor plugs in without the explorer knowing what a draft is.
 */
export interface ExplorerSlots {
  /** In place of the dataset's title and description. */
  readonly heading?: ReactNode;
  /** In place of the line saying which dataset is open. */
  readonly origin?: ReactNode;
  /** Before the header's Open file, Export and Copy link. */
  readonly actions?: ReactNode;
  /** In place of the Export menu (a draft with problems cannot be exported as valid). */
  readonly exportMenu?: ReactNode;
  /** Between the header and the timeline. */
  readonly banner?: ReactNode;
  /** In place of the selected event's details. */
  readonly details?: ReactNode;
  /** What the list says when the dataset has no events at all. */
  readonly noEvents?: ReactNode;
  readonly article?: ArticleSlot;
  /** Draws the panes in a layout of its own (the embed's), in place of the explorer's. */
  readonly layout?: (parts: ExplorerParts) => ReactNode;
}

/** The explorer's panes, drawn, for a layout of another shape (see ExplorerSlots.layout). */
export interface ExplorerParts {
  readonly title: ReactNode;
  readonly notices: ReactNode;
  readonly timeline: ReactNode;
  readonly details: ReactNode;
  readonly article: ReactNode;
  /** Counts the reader's requests to see a quotation in the article, so a closed one opens. */
  readonly articleAsked: number;
  readonly shown: ShownView;
  readonly select: (id: EventId) => void;
}
