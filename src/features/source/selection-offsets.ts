/** Source offsets of a range of the article, as [start, end) in UTF-16 code units. */
export interface SelectedOffsets {
  readonly start: number;
  readonly end: number;
}

/**
 * Maps a selection in the article pane back to offsets into the source text. Every element
 * holding article text carries `data-at`, the offset of its first character (ArticleParagraph).
 * A boundary inside such an element counts the characters before it; a boundary anywhere else
 * (between paragraphs, in the heading, outside the pane) is clamped to the article text nearest
 * it inside the range. Undefined when the range does not touch the article's text.
 */
export function selectionOffsets(
  selected: Range | Selection,
  root: HTMLElement,
): SelectedOffsets | undefined {
  const points = boundaries(selected);
  if (!points) return undefined;
  const runs = [...root.querySelectorAll<HTMLElement>("[data-at]")];
  if (runs.length === 0) return undefined;
  try {
    const [first, last] = inOrder(points);
    const start = offsetAt(first, runs, "start");
    const end = offsetAt(last, runs, "end");
    // Both ends clamped into the same gap (the heading, between paragraphs, outside the pane).
    if (start.offset > end.offset || (start.offset === end.offset && !start.inText)) {
      return undefined;
    }
    return { start: start.offset, end: end.offset };
  } catch {
    // A boundary in another document (or detached) cannot be compared with the article.
    return undefined;
  }
}

type Point = readonly [Node, number];

function boundaries(selected: Range | Selection): [Point, Point] | undefined {
  if ("anchorNode" in selected) {
    // A Selection made backwards has its anchor after its focus; the two are sorted later.
    if (!selected.anchorNode || !selected.focusNode) return undefined;
    return [
      [selected.anchorNode, selected.anchorOffset],
      [selected.focusNode, selected.focusOffset],
    ];
  }
  return [
    [selected.startContainer, selected.startOffset],
    [selected.endContainer, selected.endOffset],
  ];
}

const atOf = (run: HTMLElement) => Number(run.dataset.at);
const endOf = (run: HTMLElement) => atOf(run) + (run.textContent ?? "").length;

/** The two points, the earlier first (a Selection made backwards has its anchor last). */
function inOrder([a, b]: [Point, Point]): [Point, Point] {
  const range = document.createRange();
  range.setStart(...a);
  return range.comparePoint(...b) < 0 ? [b, a] : [a, b];
}

/**
 * The source offset of a boundary point, given the article's runs in document order. A point
 * outside every run is clamped into the range: a start to the next run's first character, an
 * end to the previous run's last.
 */
function offsetAt(
  [node, offset]: Point,
  runs: readonly HTMLElement[],
  side: "start" | "end",
): { offset: number; inText: boolean } {
  const element = node instanceof Element ? node : node.parentElement;
  const holder = element?.closest<HTMLElement>("[data-at]");
  if (holder && runs.includes(holder)) {
    const before = document.createRange();
    before.setStart(holder, 0);
    before.setEnd(node, offset);
    return { offset: atOf(holder) + before.toString().length, inText: true };
  }
  const point = document.createRange();
  point.setStart(node, offset);
  // The first run that begins after the point (binary search: runs are in order).
  let low = 0;
  let high = runs.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (point.comparePoint(runs[mid] as HTMLElement, 0) < 0) low = mid + 1;
    else high = mid;
  }
  const next = runs[low];
  const previous = runs[low - 1];
  if (side === "start") {
    return { offset: next ? atOf(next) : endOf(previous as HTMLElement), inText: false };
  }
  return { offset: previous ? endOf(previous) : atOf(next as HTMLElement), inText: false };
}
