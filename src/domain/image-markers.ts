import type { PlacedCluster, PlacedEvent } from "./layout";
import { CHAR_EM, escapeXml, fitText } from "./svg-text";

const FONT_PX = 13;
const MARKER_PX = 30;
const textPx = (text: string) => Array.from(text).length * FONT_PX * CHAR_EM;
// The marker's dot and padding around its title.
const MARKER_EXTRA_PX = 40;

/**
 * The room a marker takes for the layout. Wider than on screen (Timeline.tsx caps it at 230 px):
 * an image has no details pane to read a cut title in, and it has rows to spare.
 */
export const imageLabelWidth = (event: { readonly title: string }) =>
  Math.min(textPx(event.title) + MARKER_EXTRA_PX, 440);
const labelRoom = (title: string) => imageLabelWidth({ title }) - MARKER_EXTRA_PX;

/**
 * One placed event in SVG, drawn as EventMarker draws it on screen: a dot, a bar holding its
 * title, or a short bar with its title beside; dashed when the date is not exact, and marked
 * when selected.
 */
export function markerSvg(placed: PlacedEvent, selected: boolean, width: number, rowPx: number) {
  const { event, x0, x1, row, flip, outside } = placed;
  const range = x1 > x0;
  const uncertain = event.when.approximate || event.when.basis === "inferred";
  const top = row * rowPx;
  const middle = top + MARKER_PX / 2;
  const shape = uncertain ? "uncertain" : "";
  const parts: string[] = [];
  let label: string;
  let labelX: number;
  let anchor: "start" | "end" = "start";
  let box: [number, number];
  if (range && !outside) {
    const left = Math.max(x0, 0);
    const right = Math.min(x1, width);
    labelX = left + 8;
    // A title runs on past its bar, as on screen, but not out of the picture: cut where it ends.
    const room = Math.min(Math.max(right - left - 16, labelRoom(event.title)), width - labelX);
    label = fitText(event.title, room, fontFor(selected));
    box = [left, Math.max(right, labelX + textPx(label) + 8)];
    const cls = selected ? "selected" : shape || "range";
    parts.push(rect(left, top + 1, Math.max(right - left, 4), MARKER_PX - 2, 4, cls));
  } else {
    label = fitText(event.title, labelRoom(event.title), fontFor(selected));
    const from = range ? x0 : x0 - 7;
    const to = range ? Math.max(x1, x0 + 4) : x0 + 7;
    const gap = 6;
    labelX = flip ? from - gap : to + gap;
    anchor = flip ? "end" : "start";
    const room = textPx(label);
    box = flip ? [labelX - room - 6, to + 5] : [from - 5, labelX + room + 6];
    if (selected) parts.push(rect(box[0], top, box[1] - box[0], MARKER_PX, 15, "selected"));
    if (range) {
      const cls = selected ? "selected-bar" : shape || "bar";
      parts.push(rect(from, middle - 8, to - from, 16, 3, cls));
    } else {
      const cls = selected ? "selected-bar" : shape || "dot";
      parts.push(`<circle class="${cls}" cx="${r(x0)}" cy="${middle}" r="7"/>`);
    }
  }
  parts.push(
    `<text class="label" x="${r(labelX)}" y="${middle + 4.5}" text-anchor="${anchor}"` +
      `${selected ? ' font-weight="700"' : ""}>${escapeXml(label)}</text>`,
  );
  return `<g data-event-id="${escapeXml(event.id)}" data-box="${r(box[0])} ${r(box[1])}">${parts.join("")}</g>`;
}

/** A counted marker for events that did not fit, as ClusterMarker draws it: "+3". */
export function clusterSvg(placed: PlacedCluster, rowPx: number): string {
  const text = `+${placed.events.length.toLocaleString("en-GB")}`;
  const w = Math.max(text.length * 8 + 16, 40);
  const top = placed.row * rowPx;
  return (
    `<g>${rect(placed.x0, top + 2, w, MARKER_PX - 4, 13, "cluster")}` +
    `<text class="cluster-label" x="${r(placed.x0 + w / 2)}" y="${top + 19.5}" text-anchor="middle">${text}</text></g>`
  );
}

// The selected title is bold, about a tenth wider: measured as a larger font, it is cut in time.
const fontFor = (selected: boolean) => (selected ? FONT_PX * 1.1 : FONT_PX);

const r = (n: number) => Math.round(n * 10) / 10;

function rect(x: number, y: number, w: number, h: number, radius: number, cls: string) {
  return `<rect class="${cls}" x="${r(x)}" y="${r(y)}" width="${r(w)}" height="${r(h)}" rx="${radius}"/>`;
}
