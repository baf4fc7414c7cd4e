import { eventSpan, layoutEvents, type Placed } from "./layout";
import { imageCredits } from "./image-credits";
import { clusterSvg, imageLabelWidth, markerSvg } from "./image-markers";
import type { ShownView } from "./shown-view";
import { shownSentence } from "./shown-words";
import { escapeXml, wrapText } from "./svg-text";
import { buildTimelineIndex, columnCounts, windowEvents } from "./timeline-index";
import { timeScale, type TimeScale } from "./time-scale";
import { overlapsWindow } from "./zoom";

/** How wide the image is drawn, in CSS px; its height follows from what it holds. */
export interface ImageSize {
  readonly width: number;
  /** False leaves out the title and the line of what is shown, for a page that has them already. */
  readonly heading?: boolean;
}

/** A standalone SVG of the timeline, and the size it is drawn at. */
export interface TimelineImage {
  readonly svg: string;
  readonly width: number;
  readonly height: number;
}

const PAD = 32;
const ROW_PX = 34;
// More than the screen's 8: an image has no cluster to open, so it uses the room to show every title.
const MAX_ROWS = 14;
const AXIS_PX = 28;
// As on screen (Timeline.tsx): past this many events in the window, density instead of markers.
const MAX_MARKERS = 250;
const DENSITY_COLUMN_PX = 4;
const FONTS = `system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", "Liberation Sans", Arial, sans-serif`;

// Embedded, so the file looks the same wherever it is opened, and loads nothing from anywhere.
const STYLE = `
text { font-family: ${FONTS}; fill: #1f2328; }
.title { font-size: 24px; font-weight: 700; }
.shown { font-size: 14px; fill: #57606a; }
.label { font-size: 13px; paint-order: stroke; stroke: #ffffff; stroke-width: 3px; stroke-linejoin: round; }
.axis-label { font-size: 12px; fill: #57606a; }
.credit { font-size: 12px; fill: #57606a; }
.made { font-size: 12px; font-weight: 700; fill: #1d4e89; }
.grid { stroke: #d0d7de; stroke-dasharray: 2 4; }
.axis { stroke: #57606a; }
.dot { fill: #1d4e89; stroke: #1d4e89; stroke-width: 2; }
.range { fill: #d6dfea; stroke: #1d4e89; }
.bar { fill: #b0c1d6; stroke: #1d4e89; }
.uncertain { fill: #ffffff; stroke: #6b7c93; stroke-dasharray: 3 2; }
.selected { fill: #fff1b8; stroke: #f4b400; stroke-width: 2; }
.selected-bar { fill: #f4b400; stroke: #b07f00; }
.cluster { fill: #ffffff; stroke: #1d4e89; }
.cluster-label { font-size: 12px; font-weight: 700; fill: #1d4e89; }
.density { fill: #1d4e89; fill-opacity: 0.55; }
.note { font-size: 13px; fill: #57606a; font-style: italic; }
`;

/**
 * The timeline as the reader sees it (window, filters, selection), drawn with the same layout and
 * scale as the screen, as a standalone SVG with the dataset's title, what is shown and credits.
 */
export function timelineImage(shown: ShownView, size: ImageSize): TimelineImage {
  const width = Math.max(Math.round(size.width), 320);
  const inner = width - 2 * PAD;
  const parts: string[] = [];
  let y = PAD;
  if (size.heading ?? true) {
    for (const line of wrapText(shown.dataset.title || "Untitled timeline", inner, 24, 2)) {
      y += 30;
      parts.push(`<text class="title" x="${PAD}" y="${y - 6}">${escapeXml(line)}</text>`);
    }
    for (const line of wrapText(shownSentence(shown), inner, 14, 2)) {
      y += 20;
      parts.push(`<text class="shown" x="${PAD}" y="${y - 4}">${escapeXml(line)}</text>`);
    }
    y += 20;
  }
  const scale = timeScale([shown.window.start, shown.window.end], [0, inner]);
  const plot = plotSvg(shown, scale, inner);
  parts.push(`<g transform="translate(${PAD},${y})">${plot.svg}</g>`);
  y += plot.height + 24;
  for (const line of imageCredits(shown, inner)) {
    y += 18;
    parts.push(`<text class="credit" x="${PAD}" y="${y - 4}">${escapeXml(line)}</text>`);
  }
  y += 20;
  parts.push(`<text class="made" x="${PAD}" y="${y - 4}">Made with Sourceline</text>`);
  const height = Math.ceil(y + PAD - 8);
  const label = escapeXml(`${shown.dataset.title}: ${shownSentence(shown)}`);
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" ` +
    `viewBox="0 0 ${width} ${height}" role="img" aria-label="${label}">` +
    `<title>${escapeXml(shown.dataset.title)}</title><style>${STYLE}</style>` +
    `<rect width="100%" height="100%" fill="#ffffff"/>${parts.join("")}</svg>`;
  return { svg, width, height };
}

/** Just the SVG text of `timelineImage`. */
export function timelineImageSvg(shown: ShownView, size: ImageSize): string {
  return timelineImage(shown, size).svg;
}

function plotSvg(shown: ShownView, scale: TimeScale, width: number) {
  const { window, selectedId } = shown;
  const index = buildTimelineIndex(shown.events);
  const inWindow = windowEvents(index, window, MAX_MARKERS);
  const selected = shown.events.find((event) => event.id === selectedId);
  const parts: string[] = [];
  let placed: Placed[];
  let rows: number;
  if (inWindow) {
    placed = layoutEvents([...inWindow.within, ...inWindow.spanning], scale, {
      maxRows: MAX_ROWS,
      width,
      pinned: selectedId,
      labelWidth: imageLabelWidth,
    });
    rows = Math.max(2, ...placed.map((item) => item.row + 1));
  } else {
    // Too many to tell apart: how many start in each few pixels, with the selection on top.
    const span = selected ? eventSpan(selected) : undefined;
    const pinned = selected && span && overlapsWindow(window, span.start, span.end);
    placed = pinned
      ? layoutEvents([selected], scale, { maxRows: 1, width, labelWidth: imageLabelWidth })
      : [];
    rows = 4;
    parts.push(densitySvg(index, shown, width, rows * ROW_PX, pinned ? ROW_PX : 0));
  }
  const height = rows * ROW_PX + 8;
  const ticks = scale.ticks(Math.max(2, Math.floor(width / 110)));
  const grid = ticks
    .map(({ ms }) => {
      const x = Math.round(scale(ms)) + 0.5;
      return `<line class="grid" x1="${x}" x2="${x}" y1="0" y2="${height}"/>`;
    })
    .join("");
  const markers = placed
    .map((item) =>
      item.type === "event"
        ? markerSvg(item, item.event.id === selectedId, width, ROW_PX)
        : clusterSvg(item, ROW_PX),
    )
    .join("");
  const empty =
    inWindow && placed.length === 0
      ? `<text class="note" x="${width / 2}" y="${height / 2}" text-anchor="middle">No events in this window.</text>`
      : "";
  return {
    svg:
      `<clipPath id="plot"><rect x="-${PAD}" y="0" width="${width + 2 * PAD}" height="${height + AXIS_PX}"/></clipPath>` +
      `<g clip-path="url(#plot)">${grid}${parts.join("")}${markers}${empty}</g>` +
      `<g transform="translate(0,${height})">${axisSvg(ticks, scale, width)}</g>`,
    height: height + AXIS_PX,
  };
}

function densitySvg(
  index: ReturnType<typeof buildTimelineIndex>,
  shown: ShownView,
  width: number,
  height: number,
  top: number,
): string {
  const columns = Math.max(Math.floor(width / DENSITY_COLUMN_PX), 1);
  const counts = columnCounts(index, shown.window, columns);
  const most = Math.max(1, ...counts);
  const room = height - top - 4;
  let bars = "";
  counts.forEach((count, c) => {
    if (count === 0) return;
    const h = Math.max((count / most) * room, 1.5);
    const x = c * DENSITY_COLUMN_PX;
    bars += `<rect class="density" x="${x}" y="${(height - h).toFixed(1)}" width="${DENSITY_COLUMN_PX - 1}" height="${h.toFixed(1)}"/>`;
  });
  return bars;
}

const CHAR_PX = 7;

function axisSvg(
  ticks: readonly { ms: number; label: string }[],
  scale: TimeScale,
  width: number,
): string {
  let taken = -Infinity;
  let out = `<line class="axis" x1="0" x2="${width}" y1="0.5" y2="0.5"/>`;
  for (const { ms, label } of ticks) {
    const x = Math.round(scale(ms)) + 0.5;
    const anchor = x < 30 ? "start" : x > width - 30 ? "end" : "middle";
    const text = label.length * CHAR_PX;
    const left = anchor === "start" ? x : anchor === "end" ? x - text : x - text / 2;
    out += `<line class="axis" x1="${x}" x2="${x}" y1="0" y2="6"/>`;
    // A label that would run into the one before it is left out; its tick stays.
    if (left < taken) continue;
    taken = left + text + 4;
    out += `<text class="axis-label" x="${x}" y="20" text-anchor="${anchor}">${escapeXml(label)}</text>`;
  }
  return out;
}
