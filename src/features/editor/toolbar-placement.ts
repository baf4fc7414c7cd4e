/** A box on screen, in CSS pixels from the viewport's top left. */
export interface ScreenRect {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** Where the selection toolbar goes: fixed coordinates, and whether it sits above the words. */
export interface ToolbarPlacement {
  readonly top: number;
  readonly left: number;
  readonly side: "above" | "below";
}

/** Space kept between the toolbar and the words, and between the toolbar and the screen's edge. */
export const TOOLBAR_GAP = 8;

/**
 * Places a toolbar of `size` just above the selected words, centred on them, or just below
 * when there is no room above; always inside the viewport (pinned to its edge when the words
 * run off screen), so it stays reachable on a 390-pixel phone too.
 */
export function placeToolbar(
  words: ScreenRect,
  size: { readonly width: number; readonly height: number },
  viewport: { readonly width: number; readonly height: number },
): ToolbarPlacement {
  const above = words.top - TOOLBAR_GAP - size.height;
  const side = above >= TOOLBAR_GAP ? "above" : "below";
  const wanted = side === "above" ? above : words.bottom + TOOLBAR_GAP;
  const lowest = viewport.height - TOOLBAR_GAP - size.height;
  const top = Math.max(TOOLBAR_GAP, Math.min(wanted, lowest));
  const centre = (words.left + words.right) / 2;
  const rightmost = viewport.width - TOOLBAR_GAP - size.width;
  const left = Math.max(TOOLBAR_GAP, Math.min(centre - size.width / 2, rightmost));
  return { top, left, side };
}
